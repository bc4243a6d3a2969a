import { describe, expect, it } from 'vitest';
import { DialogRegistry, dialogsOf, type DialogContribution } from '../../../renderer/src/dialogs/dialogRegistry';
import { DIALOGS } from '../../../renderer/src/workbench/dialogSet';
import { BOARD_FEATURES, FEATURES } from '../../../renderer/src/workbench/features';
import { WORKBENCH_DIALOGS } from '../../../renderer/src/workbench/workbenchDialogs';

// The features as the workbench registers them: each contributes its dialogs and its part of
// the board through the one list in workbench/features.ts.

describe('the registered features', () => {
  it('every dialog a command opens has a host, contributed by its feature', () => {
    expect(DIALOGS.kinds().sort()).toEqual(
      [
        'about',
        'addExercise',
        'clusterDetails',
        'commandPalette',
        'customExercise',
        'deleteSession',
        'diagnostics',
        'export',
        'import',
        'joinCluster',
        'newSession',
        'noteDetails',
        'openRoom',
        'otherRoom',
        'printBoard',
        'renameSession',
        'saveTemplate',
        'suggestClusters',
        'table',
        'transcribe',
        'versionHistory',
        'voting',
      ].sort(),
    );
  });

  it('dialogs loaded on first use: each module loaded contributes exactly the kinds its feature declares', async () => {
    const contributions: DialogContribution[] = FEATURES.flatMap((f) => (f.dialogs ? [f.dialogs] : []));
    expect(contributions.length).toBeGreaterThan(0);
    for (const contribution of contributions) {
      // Every feature's dialogs are split off the first paint's script.
      expect(contribution.load).toBeDefined();
      const loaded = await contribution.load!();
      expect(loaded.load).toBeUndefined();
      expect([...loaded.kinds].sort()).toEqual([...contribution.kinds].sort());
    }
    expect(DIALOGS.kinds()).toEqual(expect.arrayContaining([...WORKBENCH_DIALOGS.kinds]));
  });

  it('once preloaded, every dialog opens without waiting: its host renders the loaded dialog, not a placeholder', async () => {
    const props = { dialog: { kind: 'about' } as never, onClose: () => {} };
    // Every host here is a function component: call it to see what it hands React.
    const render = (kind: Parameters<typeof DIALOGS.hostOf>[0]) =>
      (DIALOGS.hostOf(kind) as (p: typeof props) => { type: unknown })(props);
    const before = render('newSession');
    await DIALOGS.preload();
    for (const kind of DIALOGS.kinds()) {
      const element = render(kind);
      // Before the preload the host hands React a lazy placeholder that suspends; after it, the loaded host itself.
      expect((element.type as { $$typeof?: symbol }).$$typeof, kind).not.toBe(Symbol.for('react.lazy'));
    }
    expect((before.type as { $$typeof?: symbol }).$$typeof).toBe(Symbol.for('react.lazy'));
  });

  it('a dialog kind contributed twice is refused with its name', () => {
    const Host = () => null;
    expect(() => new DialogRegistry([dialogsOf(['about'], Host), dialogsOf(['about'], Host)])).toThrow(
      /about is contributed twice/,
    );
  });

  it('boards draw the features in the registered order: groups under the notes, their labels, votes, then links', () => {
    expect(BOARD_FEATURES.map((f) => f.id)).toEqual(['clusters', 'votes', 'links', 'noteMeta']);
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });
});
