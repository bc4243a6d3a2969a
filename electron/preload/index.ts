// The whole bridge between the page and Electron: exactly the API's methods, each one call over
// IPC that resolves with its Result (renderer/src/api/connect.ts turns a failed one into the
// ApiError the browser-mode client throws too). The page never sees ipcRenderer. The method
// names come from main, which has the API's one definition (shared/api/methods/): asked once,
// synchronously, so this file bundles no schemas and stays a few hundred bytes.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../../shared/api/channels';
import type { ApiEvent, RoundtableBridge } from '../../shared/api/contract';

const methods = ipcRenderer.sendSync(IPC_CHANNELS.methods) as string[];

const bridge = {
  ...Object.fromEntries(
    methods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(IPC_CHANNELS.call, method, args)]),
  ),
  onEvent(listener: (event: ApiEvent) => void) {
    const forward = (_: unknown, event: ApiEvent) => listener(event);
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    return () => void ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
  },
} as RoundtableBridge;

contextBridge.exposeInMainWorld('roundtable', bridge);
