import type { Note, SessionDocument, VotingSettings } from '../../../shared/document/schema';
import type { BoardId, NoteId, ZoneId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/operation';
import {
  advanceRound,
  chooseStance,
  currentToken,
  dotsLeft,
  isRefusal,
  placeDot,
  rateZone,
  startRound,
  takeBackDot,
  type Refusal,
  type StancePhase,
  type VotingRound,
} from '../../../shared/voting/round';
import { announce } from '../a11y/announcer';
import type { OpenSession } from '../state/openSession';
import type { BoardController } from '../state/boardController';
import { roundOn, setRound, setRoundNotice } from './roundStore';
import type { VotingPhase } from './votingState';

// The facilitator's voting steps and a participant's turn, shared by the commands, the
// Voting menu, the round bar and the dialogs. Every change is one operation, one undo step.

const PHASE_ANNOUNCEMENTS: Record<VotingPhase, string> = {
  open: 'Voting is open. Results stay hidden until you reveal them.',
  revealed: 'Voting results revealed.',
  closed: 'Voting closed.',
};

/** Opens, reveals, hides (back to open) or closes voting: one undo step each. */
export function setVotingPhase(session: OpenSession, boardId: BoardId, phase: VotingPhase): boolean {
  const board = session.getView().doc.boards[boardId];
  if (!board || board.voting === phase) return false;
  if (!session.apply(operation('setBoardState', { boardId, changes: { voting: phase } }))) {
    announce(session.getView().problem ?? 'Voting could not be changed.');
    return false;
  }
  if (phase !== 'open') setRound(boardId, null);
  announce(
    board.voting === 'revealed' && phase === 'open'
      ? 'Results hidden again. Voting is open.'
      : PHASE_ANNOUNCEMENTS[phase],
  );
  return true;
}

/** Says something about the round: announced, and shown on the round bar. */
function say(boardId: BoardId, text: string): void {
  announce(text);
  setRoundNotice(boardId, text);
}

function applyOrSay(session: OpenSession, boardId: BoardId, op: Operation | Refusal | null): boolean {
  if (op === null) return false;
  if (isRefusal(op)) {
    say(boardId, op.refused);
    return false;
  }
  if (session.apply(op)) return true;
  say(boardId, session.getView().problem ?? 'That vote could not be recorded.');
  return false;
}

/** "3 dots left", or per column when dots are counted per zone. */
export function dotsLeftLabel(
  doc: SessionDocument,
  round: VotingRound,
  dots: NonNullable<VotingSettings['dots']>,
  zoneId: ZoneId | null,
): string {
  const left = dotsLeft(doc, round.boardId, dots, currentToken(round), zoneId);
  const where = dots.perZone ? (zoneId ? ` in ${doc.zones[zoneId]?.label ?? 'this column'}` : ' in each column') : '';
  return `${left === 1 ? '1 dot' : `${left} dots`} left${where}`;
}

/** Starts a round of `participants` on a board; says why not if it cannot. */
export function beginRound(
  session: OpenSession,
  boardId: BoardId,
  participants: number,
  stancePhase: StancePhase | null,
): string | null {
  const round = startRound(session.getView().doc, boardId, participants, stancePhase);
  if (isRefusal(round)) return round.refused;
  setRound(boardId, round);
  announce(`Voting round started. Participant ${currentToken(round)}, 1 of ${participants}, it is your turn.`);
  return null;
}

/** Hands the screen to the next participant, or ends the round after the last. */
export function nextParticipant(boardId: BoardId): void {
  const round = roundOn(boardId);
  if (!round) return;
  const next = advanceRound(round);
  setRound(boardId, next);
  announce(
    next
      ? `Participant ${currentToken(next)}, ${next.index + 1} of ${next.participants}. Pass the screen on.`
      : 'Everyone has voted. The round is over.',
  );
}

export function endRound(boardId: BoardId): void {
  if (!roundOn(boardId)) return;
  setRound(boardId, null);
  announce('Voting round ended.');
}

/** The round open on `boardId` and the one note selected there, or the reason a dot cannot go on it. */
function roundAndSelectedNote(
  session: OpenSession,
  boardId: BoardId,
  board: BoardController | null,
): Refusal | { round: NonNullable<ReturnType<typeof roundOn>>; note: Note } {
  const round = roundOn(boardId);
  if (!round) return { refused: 'Start a voting round first (Voting menu, or V on the board).' };
  const note = selectedNote(session, boardId, board);
  return 'refused' in note ? note : { round, note };
}

/** The one note selected on `board` (the focused board, when it is the one voting), or the reason there is not one. */
function selectedNote(session: OpenSession, boardId: BoardId, board: BoardController | null) {
  const selection = board?.boardId === boardId ? board.getSelection() : [];
  if (selection.length !== 1) return { refused: 'Select one note on the board first (Tab moves between notes).' };
  return session.getView().doc.notes[selection[0]] ?? { refused: 'That note is no longer on the board.' };
}

/** D: the current participant puts a dot on the selected note. */
export function addDot(
  session: OpenSession,
  boardId: BoardId,
  settings: VotingSettings | null,
  focused: BoardController | null,
): boolean {
  const chosen = roundAndSelectedNote(session, boardId, focused);
  if ('refused' in chosen) return applyOrSay(session, boardId, chosen);
  return addDotOn(session, boardId, settings, chosen.note.id);
}

/** The current participant puts a dot on a note named directly (the list view's Add dot). */
export function addDotOn(
  session: OpenSession,
  boardId: BoardId,
  settings: VotingSettings | null,
  noteId: NoteId,
): boolean {
  const round = roundOn(boardId);
  if (!round) return applyOrSay(session, boardId, { refused: 'Start a voting round first (Voting menu).' });
  const note = session.getView().doc.notes[noteId];
  if (!note) return applyOrSay(session, boardId, { refused: 'That note is no longer on the board.' });
  const token = currentToken(round);
  if (!applyOrSay(session, boardId, placeDot(session.getView().doc, boardId, settings, token, note.id))) return false;
  say(
    boardId,
    `Dot added. Participant ${token}: ${dotsLeftLabel(session.getView().doc, round, settings!.dots!, note.zoneId)}.`,
  );
  return true;
}

/** Shift+D: the current participant takes one of their dots back from the selected note. */
export function removeDot(
  session: OpenSession,
  boardId: BoardId,
  settings: VotingSettings | null,
  focused: BoardController | null,
): boolean {
  const chosen = roundAndSelectedNote(session, boardId, focused);
  if ('refused' in chosen) return applyOrSay(session, boardId, chosen);
  const { round, note } = chosen;
  const token = currentToken(round);
  if (!applyOrSay(session, boardId, takeBackDot(session.getView().doc, boardId, token, note.id))) return false;
  const left = settings?.dots ? `: ${dotsLeftLabel(session.getView().doc, round, settings.dots, note.zoneId)}` : '';
  say(boardId, `Dot taken back. Participant ${token}${left}.`);
  return true;
}

/** The current participant rates a zone. */
export function rate(
  session: OpenSession,
  boardId: BoardId,
  settings: VotingSettings | null,
  zoneId: ZoneId,
  value: number,
): boolean {
  const round = roundOn(boardId);
  if (!round) return applyOrSay(session, boardId, { refused: 'Start a voting round first.' });
  const doc = session.getView().doc;
  if (!applyOrSay(session, boardId, rateZone(doc, boardId, settings, currentToken(round), zoneId, value))) return false;
  say(boardId, `${doc.zones[zoneId]?.label ?? 'Zone'} rated ${value}.`);
  return true;
}

/** The current participant takes a stance, in the phase the round asks about. */
export function takeStance(
  session: OpenSession,
  boardId: BoardId,
  settings: VotingSettings | null,
  option: string,
): boolean {
  const round = roundOn(boardId);
  if (!round?.stancePhase)
    return applyOrSay(session, boardId, { refused: 'Start a voting round that asks for a stance first.' });
  if (
    !applyOrSay(
      session,
      boardId,
      chooseStance(session.getView().doc, boardId, settings, currentToken(round), round.stancePhase, option),
    )
  )
    return false;
  say(boardId, `Stance: ${option}.`);
  return true;
}
