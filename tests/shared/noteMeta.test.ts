import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS, STAFF_GROUPS } from '../../shared/document/taxonomy';
import { describeMeta, metaBadges, nextSource, quoteToggle } from '../../shared/notes/noteMeta';
import { operation, invertOperation } from '../../shared/operations/registry';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

const blank = { staffGroup: null, sector: null, source: null, isQuote: false, severity: null } as const;

describe('note metadata shown on the note', () => {
  it('shows quote, public, staff group and sector in words (not "NUR COM" or "QUOTE SC LA"), shorter words where there is no room', () => {
    expect(metaBadges(blank)).toEqual([]);
    expect(metaBadges({ ...blank, staffGroup: 'nurse', sector: 'community' })).toEqual(['Nurse', 'Community']);
    expect(metaBadges({ ...blank, isQuote: true, staffGroup: 'social-care', sector: 'local-authority' })).toEqual([
      'Quote',
      'Social care',
      'Local authority',
    ]);
    expect(
      metaBadges({ ...blank, isQuote: true, source: 'public', staffGroup: 'prefer-not-to-say', sector: 'ambulance' }),
    ).toEqual(['Quote', 'Public', 'Group not said', 'Ambulance']);
    // Staff is the usual source: only public input is marked, so the two are kept apart at a glance.
    expect(metaBadges({ ...blank, source: 'staff', staffGroup: 'nurse' })).toEqual(['Nurse']);
    // At most 30 characters of chips: the longest chip with a shorter word takes it first.
    const room = (list: readonly string[]) => list.join('').length <= 30;
    expect(metaBadges({ ...blank, isQuote: true, staffGroup: 'social-care', sector: 'local-authority' }, room)).toEqual(
      ['Quote', 'Social care', 'Council'],
    );
  });

  it('always fits the room it is given, keeps the quote, and never shows a code', () => {
    const staff = fc.constantFrom(null, ...STAFF_GROUPS.map((g) => g.code));
    const sector = fc.constantFrom(null, ...SECTORS.map((s) => s.code));
    const meta = fc.record({
      staffGroup: staff,
      sector,
      source: fc.constantFrom(null, 'staff' as const, 'public' as const),
      isQuote: fc.boolean(),
      severity: fc.constantFrom(null, 1, 3, 5),
    });
    fc.assert(
      fc.property(meta, fc.integer({ min: 5, max: 60 }), (note, chars) => {
        const fits = (list: readonly string[]) => list.join('').length <= chars;
        const badges = metaBadges(note, fits);
        expect(fits(badges) || badges.length === 1).toBe(true);
        if (note.isQuote) expect(badges[0]).toBe('Quote');
        expect(badges.filter((b) => b === 'Quote')).toHaveLength(note.isQuote ? 1 : 0);
        for (const b of badges) expect(b, 'a word, not a code').toMatch(/^(ICS\/ICB|ICB|GP|[A-Z][a-z]+( [a-z]+)*)$/);
      }),
    );
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
