import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mostCommon } from '../../../shared/themes/describe';

// A theme's headline is the table-group headline most of its notes were written under: tables
// write the same words in different case, and those are one headline, not two.
describe('mostCommon (how a theme headline is chosen)', () => {
  it('counts "admin" and "Admin" as one headline, shown in the spelling written most often', () => {
    expect(mostCommon(['admin', 'Admin', 'Staffing', 'Admin ', 'Staffing'], 2)).toEqual(['Admin', 'Staffing']);
    // Folded, "admin" has 3 against "Staffing" 2, though no one spelling of it beats "Staffing".
    expect(mostCommon(['admin', 'Admin', 'ADMIN', 'Staffing', 'Staffing'], 1)).toEqual(['admin']);
  });

  it('never gives two headlines that differ only in case or surrounding space, for any headlines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('admin', 'Admin', ' ADMIN', 'Rotas', 'rotas ', 'Pay', ''), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (values, limit) => {
          const chosen = mostCommon(values, limit);
          const folded = chosen.map((h) => h.trim().toLocaleLowerCase());
          expect(new Set(folded).size).toBe(chosen.length);
          for (const h of chosen) expect(values.map((v) => v.trim())).toContain(h);
        },
      ),
    );
  });
});
