import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, resources/ and out/. Built entry points live in
 * out/main/, sources in electron/<part>/: both two levels below it.
 */
export function appRootFrom(moduleUrl: string): string {
  return path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..');
}

export interface AppPaths {
  root: string;
  rendererDir: string;
  templatesDir: string;
}

/**
 * Where a running build finds its renderer and bundled templates. A packaged app's root is
 * its app.asar, which holds out/ and resources/ at the same paths as a checkout does.
 */
export function appPaths(root: string): AppPaths {
  return {
    root,
    rendererDir: path.join(root, 'out', 'renderer'),
    templatesDir: path.join(root, 'resources', 'templates'),
  };
}

/** The version in package.json. */
export function appVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf-8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
