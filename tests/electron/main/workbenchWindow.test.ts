import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/appAddress';
import { raiseWorkbench, workbenchWindow, type AppWindow } from '../../../electron/main/workbenchWindow';
import { presenterAddress } from '../../../shared/facilitation/presenterAddress';
import type { BoardId, SessionId } from '../../../shared/ids';

/** A window as the main process sees it, recording what was done to it. */
class FakeWindow implements AppWindow {
  readonly done: string[] = [];
  constructor(
    readonly url: string,
    private minimised = false,
    private destroyed = false,
  ) {}
  webContents = { getURL: () => this.url };
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimised;
  restore = () => {
    this.minimised = false;
    this.done.push('restore');
  };
  focus = () => void this.done.push('focus');
}

const presenterUrl = `${APP_ORIGIN}/${presenterAddress({
  sessionId: 'session:0123456789abcdef' as SessionId,
  boardId: 'board:0123456789abcdef' as BoardId,
  from: 'w1',
})}`;
const workbenchUrl = `${APP_ORIGIN}/index.html?open=session%3A0123456789abcdef`;

describe('the facilitator’s window among the app’s windows', () => {
  it('a second launch raises the workbench, not the presenter window opened after it or before it', () => {
    const presenter = new FakeWindow(presenterUrl);
    const workbench = new FakeWindow(workbenchUrl, true);
    expect(raiseWorkbench([presenter, workbench])).toBe(workbench);
    expect(workbench.done).toEqual(['restore', 'focus']);
    expect(presenter.done).toEqual([]);
  });

  it('with only a presenter window left, raises nothing', () => {
    const presenter = new FakeWindow(presenterUrl);
    expect(raiseWorkbench([presenter])).toBeNull();
    expect(presenter.done).toEqual([]);
  });

  it('for any order of windows, picks the first open one that is not presenting', () => {
    const kind = fc.constantFrom('workbench', 'presenter', 'closed workbench', 'blank');
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 6 }), (kinds) => {
        const windows = kinds.map(
          (k) =>
            new FakeWindow(
              k === 'presenter' ? presenterUrl : k === 'blank' ? '' : workbenchUrl,
              false,
              k === 'closed workbench',
            ),
        );
        // A window still loading (no address yet) is the workbench's: only the presenter page is set apart.
        const expected = kinds.findIndex((k) => k === 'workbench' || k === 'blank');
        expect(workbenchWindow(windows)).toBe(expected < 0 ? null : windows[expected]);
      }),
    );
  });
});
