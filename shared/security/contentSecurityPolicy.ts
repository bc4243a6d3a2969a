/**
 * The renderer's Content Security Policy: everything from our own origin, nothing inline
 * or evaluated, nothing remote. The same text is in renderer/index.html's meta tag (a test
 * keeps the two equal) and is sent as a header by both hosts of the renderer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
