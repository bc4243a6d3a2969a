// The app's own address, app://roundtable/, and the one decision its protocol handler makes
// about a request: kept apart from Electron so it can be tested in Node.

/** The renderer is served from this custom scheme, never from file:// (which would reach the whole disk). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'roundtable';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The path an app:// request asks for, or null when the request is not for the app itself:
 * another scheme, another host (app://x/ is not the app), a port, or a user name.
 */
export function appRequestPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.pathname === '' ? '/' : parsed.pathname;
}
