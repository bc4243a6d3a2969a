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

/** Where a running build finds its renderer and bundled templates; `resourcesDir` is set in a packaged app. */
export function appPaths(root: string, resourcesDir = path.join(root, 'resources')): AppPaths {
  return {
    root,
    rendererDir: path.join(root, 'out', 'renderer'),
    templatesDir: path.join(resourcesDir, 'templates'),
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
