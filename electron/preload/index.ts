// The whole bridge between the page and Electron: exactly the API's methods, each one call over
// IPC that resolves with its Result (renderer/src/api/connect.ts turns a failed one into the
// ApiError the browser-mode client throws too). The page never sees ipcRenderer. The method list
// comes from the API's one definition (shared/api/methods/), bundled into this one file.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, IPC_CHANNELS, type ApiEvent, type RoundtableBridge } from '../../shared/api/contract';

const bridge = {
  ...Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(IPC_CHANNELS.call, method, args)]),
  ),
  onEvent(listener: (event: ApiEvent) => void) {
    const forward = (_: unknown, event: ApiEvent) => listener(event);
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    return () => void ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
  },
} as RoundtableBridge;

contextBridge.exposeInMainWorld('roundtable', bridge);
