import { describe, expect, it } from 'vitest';
import type { SessionDocument, VotingSettings } from '../../shared/document/schema';
import type { VoteId } from '../../shared/ids';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { dotTally, ratingDistribution, stanceTally } from '../../shared/voting/tallies';
import {
  advanceRound,
  chooseStance,
  currentToken,
  dotsLeft,
  isRefusal,
  placeDot,
  rateZone,
  ratingBy,
  stanceBy,
  startRound,
  takeBackDot,
  type VotingRound,
} from '../../shared/voting/round';
import { meanRating, replaceTypedCounts, typedCounts } from '../../shared/voting/typedCounts';
import { participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';
function apply(doc: SessionDocument, op: Operation | { refused: string } | null): SessionDocument {
  if (!op || isRefusal(op)) throw new Error(op ? op.refused : 'no operation');
  const result = applyOperation(doc, op, LATER);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

let n = 0;
const makeId = () => `vote:t${n++}` as VoteId;
const SETTINGS: VotingSettings = {
  source: 'ours',
  dots: { perParticipant: 3, perItem: 2, perZone: false },
  rating: { question: 'How enthusiastically?', scale: 5 },
  stance: { options: ['Yes', 'No'] },
};

function openBoard() {
  const { doc, boardId } = sessionWithExercise();
  const zones = Object.values(doc.zones).filter((z) => z.boardId === boardId);
  const a = participantNote(boardId, 'A', zones[0].x + 20, 200);
  const b = participantNote(boardId, 'B', zones[1].x + 20, 200);
  let d = apply(doc, operation('addNotes', { notes: [a, b] }));
  d = apply(d, operation('setBoardState', { boardId, changes: { voting: 'open' } }));
  return { doc: d, boardId, a, b, zones };
}

describe('a voting round on one shared screen', () => {
  it('passes from participant to participant and ends after the last', () => {
    const { doc, boardId } = openBoard();
    const round = startRound(doc, boardId, 3) as VotingRound;
    expect([currentToken(round), round.participants]).toEqual([1, 3]);
    const second = advanceRound(round)!;
    const third = advanceRound(second)!;
    expect([currentToken(second), currentToken(third)]).toEqual([2, 3]);
    expect(advanceRound(third)).toBeNull();
  });

  it('numbers a second round on from the first, so their votes never mix', () => {
    const { doc, boardId, a } = openBoard();
    const voted = apply(doc, placeDot(doc, boardId, SETTINGS, 4, a.id, makeId));
    expect(currentToken(startRound(voted, boardId, 2) as VotingRound)).toBe(5);
  });

  it('refuses a round while voting is closed, or a silly number of people', () => {
    const { doc, boardId } = openBoard();
    const closed = apply(doc, operation('setBoardState', { boardId, changes: { voting: 'closed' } }));
    expect(startRound(closed, boardId, 3)).toEqual({ refused: 'Open voting on this board first.' });
    expect(startRound(doc, boardId, 0)).toMatchObject({ refused: expect.stringMatching(/1 to 99/) });
  });

  it('keeps each participant within their dots and the per-note limit, and counts what is left', () => {
    const { doc, boardId, a, b } = openBoard();
    const dots = SETTINGS.dots!;
    let d = apply(doc, placeDot(doc, boardId, SETTINGS, 1, a.id, makeId));
    d = apply(d, placeDot(d, boardId, SETTINGS, 1, a.id, makeId));
    expect(placeDot(d, boardId, SETTINGS, 1, a.id, makeId)).toEqual({
      refused: 'At most 2 dots from one person on one note.',
    });
    d = apply(d, placeDot(d, boardId, SETTINGS, 1, b.id, makeId));
    expect(dotsLeft(d, boardId, dots, 1, null)).toBe(0);
    expect(placeDot(d, boardId, SETTINGS, 1, b.id, makeId)).toEqual({ refused: 'Participant 1 has used all 3 dots.' });
    expect(dotsLeft(d, boardId, dots, 2, null)).toBe(3);
    expect(Object.fromEntries(dotTally(d, boardId))).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('takes back only the participant’s own dot, and says so when there is none', () => {
    const { doc, boardId, a } = openBoard();
    const d = apply(doc, placeDot(doc, boardId, SETTINGS, 1, a.id, makeId));
    expect(takeBackDot(d, boardId, 2, a.id)).toEqual({ refused: 'Participant 2 has no dot on this note.' });
    const back = apply(d, takeBackDot(d, boardId, 1, a.id));
    expect(dotTally(back, boardId).size).toBe(0);
    expect(dotsLeft(back, boardId, SETTINGS.dots!, 1, null)).toBe(3);
  });

  it('counts dots per column when the exercise says so', () => {
    const { doc, boardId, a, b, zones } = openBoard();
    const perZone = { ...SETTINGS, dots: { perParticipant: 1, perItem: null, perZone: true } };
    const d = apply(doc, placeDot(doc, boardId, perZone, 1, a.id, makeId));
    expect(dotsLeft(d, boardId, perZone.dots, 1, zones[0].id)).toBe(0);
    expect(dotsLeft(d, boardId, perZone.dots, 1, zones[1].id)).toBe(1);
    expect(isRefusal(placeDot(d, boardId, perZone, 1, b.id, makeId))).toBe(false);
  });

  it('gives one rating per participant per zone; rating again replaces it, as one undo step', () => {
    const { doc, boardId, zones } = openBoard();
    const zone = zones[0].id;
    let d = apply(doc, rateZone(doc, boardId, SETTINGS, 1, zone, 4, makeId));
    d = apply(d, rateZone(d, boardId, SETTINGS, 2, zone, 2, makeId));
    const change = rateZone(d, boardId, SETTINGS, 1, zone, 5, makeId) as Operation;
    const changed = apply(d, change);
    expect(ratingBy(changed, boardId, 1, zone)).toBe(5);
    expect(ratingDistribution(changed, boardId, zone, 5)).toEqual([0, 1, 0, 0, 1]);
    expect(rateZone(changed, boardId, SETTINGS, 1, zone, 5, makeId)).toBeNull();
    expect(rateZone(changed, boardId, SETTINGS, 1, zone, 6, makeId)).toEqual({
      refused: 'A rating is a whole number from 1 to 5.',
    });
    expect(ratingBy(apply(changed, invertOperation(d, change)), boardId, 1, zone)).toBe(4);
  });

  it('records one stance per participant per phase, before and after apart', () => {
    const { doc, boardId } = openBoard();
    const round = startRound(doc, boardId, 2, 'after') as VotingRound;
    expect(round.stancePhase).toBe('after');
    let d = apply(doc, chooseStance(doc, boardId, SETTINGS, 1, 'before', 'No', makeId));
    d = apply(d, chooseStance(d, boardId, SETTINGS, 1, 'after', 'No', makeId));
    d = apply(d, chooseStance(d, boardId, SETTINGS, 1, 'after', 'Yes', makeId));
    expect([stanceBy(d, boardId, 1, 'before'), stanceBy(d, boardId, 1, 'after')]).toEqual(['No', 'Yes']);
    expect(Object.fromEntries(stanceTally(d, boardId, 'after'))).toEqual({ Yes: 1 });
    expect(chooseStance(d, boardId, SETTINGS, 1, 'after', 'Yes', makeId)).toBeNull();
    expect(chooseStance(d, boardId, SETTINGS, 1, 'after', 'Maybe', makeId)).toEqual({
      refused: 'Choose one of: Yes, No.',
    });
  });

  it('refuses dots and ratings once the results are revealed', () => {
    const { doc, boardId, a, zones } = openBoard();
    const revealed = apply(doc, operation('setBoardState', { boardId, changes: { voting: 'revealed' } }));
    expect(placeDot(revealed, boardId, SETTINGS, 1, a.id, makeId)).toEqual({
      refused: 'Voting is not open on this board.',
    });
    expect(rateZone(revealed, boardId, SETTINGS, 1, zones[0].id, 3, makeId)).toEqual({
      refused: 'Voting is not open on this board.',
    });
  });
});

describe('typed-in counts (tally mode)', () => {
  it('adds to the participants’ votes, and typing again replaces the earlier counts in one undo step', () => {
    const { doc, boardId, a, b, zones } = openBoard();
    const voted = apply(doc, placeDot(doc, boardId, SETTINGS, 1, a.id, makeId));
    const counts = typedCounts(voted, boardId, 5);
    counts.dots[a.id] = 4;
    counts.ratings[zones[0].id] = [0, 0, 1, 2, 0];
    counts.stances.before.Yes = 3;
    const first = apply(voted, replaceTypedCounts(voted, boardId, counts, makeId));
    expect(Object.fromEntries(dotTally(first, boardId))).toEqual({ [a.id]: 5 });
    expect(ratingDistribution(first, boardId, zones[0].id, 5)).toEqual([0, 0, 1, 2, 0]);
    expect(stanceTally(first, boardId, 'before').get('Yes')).toBe(3);

    const again = typedCounts(first, boardId, 5);
    expect(again.dots[a.id]).toBe(4);
    again.dots[a.id] = 0;
    again.dots[b.id] = 2;
    const edit = replaceTypedCounts(first, boardId, again, makeId)!;
    const second = apply(first, edit);
    expect(Object.fromEntries(dotTally(second, boardId))).toEqual({ [a.id]: 1, [b.id]: 2 });
    expect(apply(second, invertOperation(first, edit)).votes).toEqual(first.votes);
  });

  it('is no change at all when the counts are as they were', () => {
    const { doc, boardId } = openBoard();
    expect(replaceTypedCounts(doc, boardId, typedCounts(doc, boardId, 5), makeId)).toBeNull();
  });

  it('gives the mean of a rating distribution, or none when nobody rated', () => {
    expect(meanRating([0, 1, 0, 0, 1])).toBe(3.5);
    expect(meanRating([0, 0, 0, 0, 0])).toBeNull();
  });
});
