/** The shell's security settings, checked against a stand-in for the electron module. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const created: { options: Record<string, any>; handlers: Record<string, (...args: any[]) => void>; openHandler?: (d: { url: string }) => unknown }[] = []
  class BrowserWindow {
    webContents: any
    constructor(options: Record<string, any>) {
      const record: (typeof created)[number] = { options, handlers: {} }
      created.push(record)
      this.webContents = {
        on: (event: string, handler: (...args: any[]) => void) => (record.handlers[event] = handler),
        setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (record.openHandler = handler),
      }
    }
    once() {}
    loadFile() { return Promise.resolve() }
    loadURL() { return Promise.resolve() }
  }
  return { created, BrowserWindow, shell: { openExternal: vi.fn(() => Promise.resolve()) } }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell }))

const { createMainWindow, isTrustedSender, appPageUrl } = await import('../../main/window')

describe('main window', () => {
  beforeEach(() => {
    electron.created.length = 0
    electron.shell.openExternal.mockClear()
  })

  it('isolates and sandboxes the renderer', () => {
    createMainWindow()
    const prefs = electron.created[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
  })

  it('blocks navigation and new windows, opening only web links externally', () => {
    createMainWindow()
    const { handlers, openHandler } = electron.created[0]
    for (const url of ['https://example.org/article', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() }
      handlers['will-navigate'](event, url)
      expect(event.preventDefault).toHaveBeenCalled()
      expect(openHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.org/article'], ['https://example.org/article']])
  })

  it('trusts IPC only from the app page in the top frame', () => {
    const event = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never
    expect(isTrustedSender(event(appPageUrl))).toBe(true)
    expect(isTrustedSender(event(`${appPageUrl}#/projects/1/sources`))).toBe(true)
    expect(isTrustedSender(event('https://evil.example/index.html'))).toBe(false)
    expect(isTrustedSender(event('file:///tmp/other.html'))).toBe(false)
    expect(isTrustedSender(event(appPageUrl, {}))).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
  })
})
