import type { Command, CommandContext } from '../commands/registry';

/** Linking notes (a barrier to the enabler that answers it): the palette's and menus' way, and the board key L. */
export function linkCommands(): Command[] {
  const selected = ({ board }: CommandContext) => board?.getSelection().length ?? 0;
  return [
    {
      id: 'link.selected',
      title: 'Link selected notes (first selected → the others)',
      category: 'Board',
      keybinding: { key: 'L', when: 'board' },
      enabled: (context) => selected(context) > 0,
      run: ({ board }) => board?.links?.linkSelected(),
    },
    {
      id: 'link.confirm',
      title: 'Link to the selected note',
      category: 'Board',
      // While L waits for the note a link leads to, Enter links and Escape cancels, before what they do otherwise.
      keybinding: { key: 'Shift?+Enter', when: 'board' },
      priority: 1,
      enabled: ({ board }) => board?.links?.choosing() ?? false,
      run: ({ board }) => board?.links?.finishChoosing(true),
    },
    {
      id: 'link.cancel',
      title: 'Cancel linking',
      category: 'Board',
      keybinding: { key: 'Shift?+Escape', when: 'board' },
      priority: 1,
      enabled: ({ board }) => board?.links?.choosing() ?? false,
      run: ({ board }) => board?.links?.finishChoosing(false),
    },
    {
      id: 'link.remove',
      title: 'Remove link(s) of selected notes',
      category: 'Board',
      enabled: (context) => selected(context) > 0,
      run: ({ board }) => board?.links?.removeSelectedLinks(),
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'link.selected': true;
    'link.confirm': true;
    'link.cancel': true;
    'link.remove': true;
  }
}
