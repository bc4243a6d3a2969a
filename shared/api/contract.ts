import type { z } from 'zod';
import type { SessionId } from '../ids';
import type { Operation } from '../operations/registry';
import type { Result } from '../result';
import { API, API_METHODS, type ApiDefinitions, type ApiMethod } from './methods';

// The one contract between the renderer and the services, whatever carries it (Electron IPC or
// the browser-mode WebSocket). Its methods are defined once, in methods/ (arguments and
// result as zod schemas); everything here is derived from those definitions.

export { API, API_METHODS };
export type { ApiDefinitions, ApiMethod };
export type { AppInfo } from './methods/diagnostics';
export type { LibraryTemplate } from './methods/templates';
export type { Diagnostics } from './diagnostics';
export type { SnapshotInfo, StorageNotice } from './storage';

export type SaveStatus = 'saved' | 'saving' | 'error';

/** Everything the services tell the renderer without being asked. */
export type ApiEvent =
  | { type: 'sessionChanged'; sessionId: SessionId; revision: number; operation: Operation; origin: string }
  | { type: 'sessionsChanged' }
  /** The user opened a session file from outside (a double-click in the desktop): show it. */
  | { type: 'openSessionRequested'; sessionId: SessionId }
  | { type: 'saveStatus'; sessionId: SessionId; status: SaveStatus; message: string | null }
  /** The room opened, closed, paused, or someone joined, left or added a note: ask getRoomStatus. */
  | { type: 'roomChanged' }
  /**
   * A synthesis project's exports being added: `done` of `total` exports checked (reading), or
   * of the new notes and headings read by the sentence model (embedding).
   */
  | { type: 'synthesisProgress'; stage: 'reading' | 'embedding'; done: number; total: number };

/** A method's arguments, as its schema passes them on (ids typed). */
export type ApiArgs<M extends ApiMethod> = z.output<ApiDefinitions[M]['args']>;
/** What a method resolves with. */
export type ApiResult<M extends ApiMethod> = z.output<ApiDefinitions[M]['result']>;

/** Subscribes to the services' events; returns the function that unsubscribes. */
export interface ApiEvents {
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

/** The API as the renderer calls it: every method is async and fails with an ApiError. */
export type RoundtableApi = {
  [M in keyof ApiDefinitions]: (...args: ApiArgs<M>) => Promise<ApiResult<M>>;
} & ApiEvents;

/** Who is calling: one window or one browser connection. */
export interface CallContext {
  clientId: string;
}

/** The services' side of the contract: each method also receives who called it. */
export type ApiHandlers = {
  [M in keyof ApiDefinitions]: (ctx: CallContext, ...args: ApiArgs<M>) => Promise<ApiResult<M>>;
};

/** The handlers of some of the methods: one area's part of the services. */
export type AreaHandlers<Methods extends ApiMethod> = Pick<ApiHandlers, Methods>;

/**
 * Runs one call that arrived from outside, checked against the contract: always resolves, with
 * a Result. Both transports (IPC and the WebSocket) run one of these.
 */
export type Dispatcher = (method: unknown, args: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/** What a transport serves: calls through the dispatcher, and the services' events. */
export interface ApiServer extends ApiEvents {
  dispatch: Dispatcher;
}

/**
 * What the Electron preload exposes as `window.roundtable`: each method as it crosses IPC,
 * resolving with its Result (an error's class cannot cross the bridge; apiFromCalls turns a
 * failed Result into the same ApiError the WebSocket client throws).
 */
export type RoundtableBridge = {
  [M in keyof ApiDefinitions]: (...args: ApiArgs<M>) => Promise<Result<ApiResult<M>>>;
} & ApiEvents;

export { IPC_CHANNELS } from './channels';

/** Whether `name` is one of the API's methods. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(API, name);
}
