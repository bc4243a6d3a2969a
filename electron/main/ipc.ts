import { BrowserWindow, ipcMain } from 'electron';
import { API_METHODS, IPC_CHANNELS, type ApiEvent, type ApiServer } from '../../shared/api/contract';
import { fail } from '../../shared/result';
import { isTrustedSender } from './security';

/**
 * Carries the API over Electron IPC: every call is checked for its sender, then run by the
 * same dispatcher the WebSocket runs (which validates its arguments against the contract);
 * every event goes to every window.
 */
export function registerIpc(server: ApiServer): void {
  ipcMain.handle(IPC_CHANNELS.call, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event)) return fail('invalid-input', 'Calls are accepted only from Roundtable’s own windows.');
    return server.dispatch(method, args, { clientId: `window-${event.sender.id}` });
  });
  // The preload asks for the method names once, so it need not bundle the schemas that define
  // them. Names are no secret: every call is still checked for its sender and its arguments.
  ipcMain.on(IPC_CHANNELS.methods, (event) => {
    event.returnValue = API_METHODS;
  });
  server.onEvent(sendEventToWindows);
}

/** Sends an event to every window: the services' events, and the main process's own (a file the user opened). */
export function sendEventToWindows(apiEvent: ApiEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_CHANNELS.event, apiEvent);
}
