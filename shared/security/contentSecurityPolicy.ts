/**
 * The renderer's Content Security Policy: everything from our own origin, nothing inline
 * or evaluated, nothing remote. Both hosts of the renderer send it as a header;
 * renderer/index.html repeats it in a meta tag, less `frame-ancestors`, which browsers
 * ignore (and complain about) there. A test keeps the two in step.
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
