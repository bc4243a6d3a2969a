import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * The file under `root` that a URL path names, or null when it names nothing servable:
 * outside `root` (traversal), a dotfile, or not a file.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  if (!full.startsWith(rootWithSep)) return null;
  if (
    full
      .slice(rootWithSep.length)
      .split(path.sep)
      .some((part) => part.startsWith('.'))
  )
    return null;
  const info = await stat(full).catch(() => null);
  return info?.isFile() ? full : null;
}

export async function readStaticFile(file: string): Promise<{ body: Buffer; contentType: string }> {
  return {
    body: await readFile(file),
    contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}
