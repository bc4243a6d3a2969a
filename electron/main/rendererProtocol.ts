import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { resolveStaticFile } from '../services/http/staticFiles';
import { APP_SCHEME, appRequestPath } from './appAddress';

/** Must run before the app is ready: lets app:// behave like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://roundtable/ (no other host), with the same path checks as browser mode. */
export function serveRendererFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const requested = appRequestPath(request.url);
    const file = requested === null ? null : await resolveStaticFile(rendererDir, requested);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}
