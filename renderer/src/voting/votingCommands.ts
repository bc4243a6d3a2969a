import { currentPlace } from '../state/facilitation';
import type { Workbench } from '../state/workbench';
import { requestVotingMenu, roundOn } from './roundStore';
import { addDot, endRound, nextParticipant, removeDot, setVotingPhase } from './votingActions';
import { hasVoting, hasVotes, type VotingPhase } from './votingState';
import type { Command } from '../commands/registry';

/** Opening, revealing, hiding and closing voting; the voting round; typed-in counts; results. */
export function votingCommands(workbench: Workbench): Command[] {
  const place = () => {
    const p = currentPlace(workbench);
    return p?.board && hasVoting(p.exercise?.voting) ? { ...p, board: p.board, settings: p.exercise!.voting! } : null;
  };
  const phase = () => place()?.board.voting ?? null;
  const round = () => {
    const p = place();
    return p ? roundOn(p.board.id) : null;
  };
  const setPhase = (next: VotingPhase) => {
    const p = place();
    if (p) setVotingPhase(p.session, p.board.id, next);
  };
  const showDialog = (view: 'round' | 'tally' | 'results') => {
    const p = place();
    if (p) workbench.showDialog({ kind: 'voting', view, sessionId: p.session.id, boardId: p.board.id });
  };

  return [
    {
      id: 'voting.menu',
      title: 'Voting menu',
      category: 'Vote',
      keybinding: { key: 'V', when: 'board' },
      enabled: () => place() !== null,
      run: () => void (requestVotingMenu() || showDialog('results')),
    },
    {
      id: 'voting.open',
      title: 'Open voting',
      category: 'Vote',
      enabled: () => phase() === 'closed',
      run: () => setPhase('open'),
    },
    {
      id: 'voting.reveal',
      title: 'Reveal voting results',
      category: 'Vote',
      enabled: () => {
        const p = place();
        return !!p && (p.board.voting === 'open' || (p.board.voting === 'closed' && hasVotes(p.doc, p.board.id)));
      },
      run: () => setPhase('revealed'),
    },
    {
      id: 'voting.hide',
      title: 'Hide voting results',
      category: 'Vote',
      enabled: () => phase() === 'revealed',
      run: () => setPhase('open'),
    },
    {
      id: 'voting.close',
      title: 'Close voting',
      category: 'Vote',
      enabled: () => phase() === 'open' || phase() === 'revealed',
      run: () => setPhase('closed'),
    },
    {
      id: 'voting.startRound',
      title: 'Start voting round',
      category: 'Vote',
      enabled: () => phase() === 'open' && round() === null,
      run: () => showDialog('round'),
    },
    {
      id: 'voting.addDot',
      title: 'Add dot to selected note',
      category: 'Vote',
      keybinding: { key: 'D', when: 'board' },
      enabled: () => !!place()?.settings.dots,
      run: ({ board }) => {
        const p = place();
        if (p) addDot(p.session, p.board.id, p.settings, board);
      },
    },
    {
      id: 'voting.takeBackDot',
      title: 'Take back dot from selected note',
      category: 'Vote',
      keybinding: { key: 'Shift+D', when: 'board' },
      enabled: () => !!place()?.settings.dots,
      run: ({ board }) => {
        const p = place();
        if (p) removeDot(p.session, p.board.id, p.settings, board);
      },
    },
    {
      id: 'voting.nextParticipant',
      title: 'Next participant',
      category: 'Vote',
      keybinding: { key: 'P', when: 'board' },
      enabled: () => round() !== null,
      run: () => {
        const p = place();
        if (p) nextParticipant(p.board.id);
      },
    },
    {
      id: 'voting.endRound',
      title: 'Stop voting round early',
      category: 'Vote',
      enabled: () => round() !== null,
      run: () => {
        const p = place();
        if (p) endRound(p.board.id);
      },
    },
    {
      id: 'voting.tally',
      title: 'Type in vote counts',
      category: 'Vote',
      enabled: () => phase() === 'open' || phase() === 'revealed',
      run: () => showDialog('tally'),
    },
    {
      id: 'voting.results',
      title: 'Show voting results',
      category: 'Vote',
      enabled: () => place() !== null,
      run: () => showDialog('results'),
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'voting.menu': true;
    'voting.open': true;
    'voting.reveal': true;
    'voting.hide': true;
    'voting.close': true;
    'voting.startRound': true;
    'voting.addDot': true;
    'voting.takeBackDot': true;
    'voting.nextParticipant': true;
    'voting.endRound': true;
    'voting.tally': true;
    'voting.results': true;
  }
}
