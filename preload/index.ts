/**
 * Exposes `window.arbiter`: one function per contract method, each forwarding to its channel,
 * and `onEvent` for the events main pushes. Generated from the contract; no logic of its own.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildBridgeMethods, channelOf, eventChannelOf, eventNames, methodPaths, type EventName, type MethodPath } from '../shared/contract'

const methods = buildBridgeMethods(methodPaths, (path, input) => ipcRenderer.invoke(channelOf(path as MethodPath), input))

function onEvent(name: EventName, listener: (payload: unknown) => void): () => void {
  if (!eventNames.includes(name)) throw new Error(`Unknown event "${String(name)}"`)
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
  ipcRenderer.on(eventChannelOf(name), wrapped)
  return () => ipcRenderer.removeListener(eventChannelOf(name), wrapped)
}

contextBridge.exposeInMainWorld('arbiter', { ...methods, onEvent })
