import { z } from 'zod';
import type { SessionId } from '../../ids';
import type { Diagnostics } from '../diagnostics';
import { method, returns } from '../define';

/** Facts about the running app, for the status bar and Help > About. */
export interface AppInfo {
  version: string;
  /** `desktop` inside Electron, `browser` when served by `npm run serve`. */
  mode: 'desktop' | 'browser';
  dataDir: string;
  schemaVersion: number;
  /** The practice session made on this data folder's first run, which the explorer marks as a sample. */
  sampleSessionId?: SessionId;
}

/** The app itself: what is running, and what went wrong lately. */
export const DIAGNOSTICS_METHODS = {
  getAppInfo: method({ args: z.tuple([]), result: returns<AppInfo>() }),
  /** Versions and recent errors for Help > Copy diagnostics; never session content. */
  getDiagnostics: method({ args: z.tuple([]), result: returns<Diagnostics>() }),
};
