import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the browser-mode server: only a page opened with the random token
 * printed at start-up (carried afterwards in a cookie), on the exact host and port we
 * serve (no DNS rebinding), and from our own origin (no other site's page).
 */
export class AccessControl {
  readonly token = randomBytes(32).toString('base64url');
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(readonly port: number) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  /** Cookies are shared between ports of one host, so the name carries the port. */
  get cookieName(): string {
    return `roundtable_token_${this.port}`;
  }

  /** The Set-Cookie header that lets a page opened with the token load its assets and socket. */
  cookieHeader(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** Why the request must be refused, or null when it may proceed. */
  refusal(req: IncomingMessage, url: URL, requireOrigin: boolean): { status: number; message: string } | null {
    if (!this.hosts.has(req.headers.host ?? '')) {
      return {
        status: 421,
        message: 'This address is not served here. Use the address Roundtable printed when it started.',
      };
    }
    const origin = req.headers.origin;
    if ((origin !== undefined || requireOrigin) && !this.origins.has(origin ?? '')) {
      return { status: 403, message: 'Requests from other sites are refused.' };
    }
    if (!this.hasToken(url.searchParams.get('token')) && !this.hasToken(this.cookieToken(req))) {
      return {
        status: 401,
        message:
          'Open Roundtable with the full address it printed when it started: that address carries an access token.',
      };
    }
    return null;
  }

  private cookieToken(req: IncomingMessage): string | null {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === this.cookieName) return rest.join('=');
    }
    return null;
  }

  private hasToken(candidate: string | null): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
