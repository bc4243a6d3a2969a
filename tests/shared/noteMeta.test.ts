import { describe, expect, it } from 'vitest';
import { describeMeta, metaBadges, nextSource, quoteToggle } from '../../shared/notes/noteMeta';
import { operation, invertOperation } from '../../shared/operations/registry';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

const blank = { staffGroup: null, sector: null, source: null, isQuote: false, severity: null } as const;

describe('note metadata shown on the note', () => {
  it('shows quote, public, staff group and sector as short codes, ambulance and prefer-not-to-say included', () => {
    expect(metaBadges(blank)).toEqual([]);
    expect(
      metaBadges({ ...blank, isQuote: true, source: 'public', staffGroup: 'prefer-not-to-say', sector: 'ambulance' }),
    ).toEqual(['QUOTE', 'PUBLIC', 'PNS', 'AMB']);
    // Staff is the usual source: only public input is marked, so the two are kept apart at a glance.
    expect(metaBadges({ ...blank, source: 'staff', staffGroup: 'nurse' })).toEqual(['NUR']);
  });

  it('says the details in words for the list view and screen readers', () => {
    expect(
      describeMeta({ ...blank, staffGroup: 'nurse', sector: 'acute', source: 'staff', isQuote: true, severity: 4 }),
    ).toBe('Nurse, Acute, Staff, quote, severity 4');
    expect(describeMeta(blank)).toBe('no details');
  });

  it('cycles the source none → staff → public → none', () => {
    expect([nextSource(null), nextSource('staff'), nextSource('public')]).toEqual(['staff', 'public', null]);
  });

  it('Q marks all as quotes unless all already are', () => {
    expect(quoteToggle([{ isQuote: true }, { isQuote: false }])).toBe(true);
    expect(quoteToggle([{ isQuote: true }, { isQuote: true }])).toBe(false);
  });

  it('sets details on several notes as one step, and one undo puts each back as it was', () => {
    const { doc, boardId } = sessionWithExercise();
    const a = { ...participantNote(boardId, 'A'), severity: 2 };
    const b = participantNote(boardId, 'B', 400, 2000);
    const before = applied(doc, operation('addNotes', { notes: [a, b] }));
    const op = operation('setNoteDetails', {
      noteIds: [a.id, b.id],
      changes: { severity: 5, sector: 'ambulance', isQuote: true },
    });
    const after = applied(before, op);
    expect([after.notes[a.id].severity, after.notes[b.id].severity, after.notes[b.id].sector]).toEqual([
      5,
      5,
      'ambulance',
    ]);
    const undone = applied(after, invertOperation(before, op));
    expect([
      undone.notes[a.id].severity,
      undone.notes[b.id].severity,
      undone.notes[b.id].sector,
      undone.notes[a.id].isQuote,
    ]).toEqual([2, null, null, false]);
  });
});
