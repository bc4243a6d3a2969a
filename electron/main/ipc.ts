import { BrowserWindow, ipcMain } from 'electron';
import { IPC_CHANNELS } from '../../shared/api/methods';
import { dispatchCall } from '../../shared/api/dispatch';
import type { ApiEvent, ApiHandlers } from '../../shared/api/contract';
import { fail } from '../../shared/result';
import { isTrustedSender } from './security';

/**
 * Carries the API contract over Electron IPC: every call is checked for its sender and its
 * arguments validated against the contract's schemas (in dispatchCall); every event goes
 * to every window.
 */
export function registerIpc(services: ApiHandlers): void {
  ipcMain.handle(IPC_CHANNELS.call, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event)) return fail('invalid-input', 'Calls are accepted only from Roundtable’s own windows.');
    return dispatchCall(services, method, args, { clientId: `window-${event.sender.id}` });
  });
  services.onEvent(sendEventToWindows);
}

/** Sends an event to every window: the services' events, and the main process's own (a file the user opened). */
export function sendEventToWindows(apiEvent: ApiEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_CHANNELS.event, apiEvent);
}
