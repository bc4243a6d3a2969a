// The whole bridge between the page and Electron: exactly the RoundtableApi contract, as
// domain methods. The page never sees ipcRenderer. Kept free of schemas and libraries
// because a sandboxed preload is one small file.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, IPC_CHANNELS } from '../../shared/api/methods';
import type { ApiEvent, RoundtableApi } from '../../shared/api/contract';
import type { Result } from '../../shared/result';

function call(method: string) {
  return async (...args: unknown[]) => {
    const result = (await ipcRenderer.invoke(IPC_CHANNELS.call, method, args)) as Result<unknown>;
    if (result.ok) return result.value;
    // Errors lose their class crossing the bridge, so the code travels in the error's name.
    const error = new Error(result.error.message);
    error.name = `ApiError:${result.error.code}`;
    throw error;
  };
}

const api = Object.fromEntries(API_METHODS.map((method) => [method, call(method)])) as Omit<RoundtableApi, 'onEvent'>;

const roundtable: RoundtableApi = {
  ...api,
  onEvent(listener: (event: ApiEvent) => void) {
    const forward = (_: unknown, event: ApiEvent) => listener(event);
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    return () => void ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
  },
};

contextBridge.exposeInMainWorld('roundtable', roundtable);
