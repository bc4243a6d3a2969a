import { describe, expect, it } from 'vitest';
import { DialogRegistry, dialogsOf } from '../../../renderer/src/dialogs/dialogRegistry';
import { DIALOGS } from '../../../renderer/src/workbench/dialogSet';
import { BOARD_FEATURES, FEATURES } from '../../../renderer/src/workbench/features';

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
