import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSessionId } from '../../shared/ids';
import { SessionIdSchema } from '../../shared/idSchemas';

// The renderer reads the address's `?open=` with the plain check, so its first paint needs no
// schema library: the check must accept exactly what the schema accepts.
describe('the plain session id check', () => {
  it('agrees with SessionIdSchema on any value', () => {
    const idLike = fc
      .tuple(fc.constantFrom('session:', 'note:', 'session', ''), fc.stringMatching(/^[A-Za-z0-9_:. -]{0,90}$/))
      .map(([prefix, body]) => prefix + body);
    fc.assert(
      fc.property(fc.oneof(idLike, fc.string(), fc.anything()), (value) => {
        expect(isSessionId(value)).toBe(SessionIdSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a real id and refuses a near miss', () => {
    expect(isSessionId('session:abc_123-X')).toBe(true);
    expect(isSessionId('session:')).toBe(false);
    expect(isSessionId('session:a/b')).toBe(false);
    expect(isSessionId(`session:${'a'.repeat(73)}`)).toBe(false);
  });
});
