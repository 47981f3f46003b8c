import { describe, expect, it } from 'vitest'
import { isAllowedRequest, isSafeExternalUrl } from '../../main/url-policy'

describe('external links', () => {
  it('opens only plain http(s) links', () => {
    expect(isSafeExternalUrl('https://example.org/benchmarks?x=1')).toBe(true)
    expect(isSafeExternalUrl('http://example.org')).toBe(true)
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'data:text/html,hi', 'https://user:pw@example.org', 'not a url', '']) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})

describe('network policy', () => {
  it('lets the packaged app load only its own files', () => {
    const app = 'file:///opt/Arbiter/resources/app/out/renderer/index.html'
    expect(isAllowedRequest('file:///opt/Arbiter/resources/app/out/renderer/assets/index.js', app)).toBe(true)
    for (const url of ['https://fonts.example.com/x.woff2', 'http://localhost:5173/', 'ws://localhost:5173/', 'garbage']) {
      expect(isAllowedRequest(url, app), url).toBe(false)
    }
  })

  it('also allows the dev server (and its hot-reload socket) in development', () => {
    const app = 'http://localhost:5173/'
    expect(isAllowedRequest('http://localhost:5173/main.tsx', app)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', app)).toBe(true)
    expect(isAllowedRequest('http://localhost:8080/', app)).toBe(false)
    expect(isAllowedRequest('https://analytics.example.com/', app)).toBe(false)
  })
})
