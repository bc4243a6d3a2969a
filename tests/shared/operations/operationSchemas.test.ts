import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../../shared/operations/registry';
import { OPERATION_ARGS, OperationSchema } from '../../../shared/operations/operationSchemas';

// The operations' behaviours (registry.ts, loaded by the renderer's first paint) and their
// arguments' schemas (operationSchemas.ts, loaded after it) are two lists of one set of names.
// A batch's steps are checked by the schema where it arrives, not when it applies.

const step = (text: unknown) => ({ name: 'editNoteText', args: { noteId: 'note:abc', text } });

describe('the operations’ schemas', () => {
  it('name exactly the operations that have a behaviour', () => {
    expect(Object.keys(OPERATION_ARGS).sort()).toEqual(Object.keys(OPERATIONS).sort());
    for (const [name, def] of Object.entries(OPERATIONS)) expect(def.name).toBe(name);
  });

  it('check every step of a batch, at any depth, and say which step is wrong', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), (depth, bad) => {
        const steps: unknown[] = Array.from({ length: 5 }, (_, i) => step(i === bad ? 42 : `t${i}`));
        let op: unknown = { name: 'batch', args: { operations: steps } };
        for (let d = 0; d < depth; d++) op = { name: 'batch', args: { operations: [step('ok'), op] } };
        const parsed = OperationSchema.safeParse(op);
        expect(parsed.success).toBe(false);
        const path = parsed.error!.issues[0]!.path;
        const expected = [...Array.from({ length: depth }, () => ['args', 'operations', 1]).flat()];
        expect(path).toEqual([...expected, 'args', 'operations', bad, 'args', 'text']);
      }),
    );
  });

  it('refuse a batch step that is not an operation Roundtable knows', () => {
    const parsed = OperationSchema.safeParse({
      name: 'batch',
      args: { operations: [{ name: 'dropDatabase', args: {} }] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toContain('"dropDatabase" is not an operation Roundtable knows');
  });

  it('give a batch its steps as parsed (labels trimmed, as a single operation’s are)', () => {
    const parsed = OperationSchema.parse({
      name: 'batch',
      args: { operations: [{ name: 'updateEventDetails', args: { changes: { name: '  Leeds  ' } } }] },
    });
    expect(parsed).toEqual({
      name: 'batch',
      args: { operations: [{ name: 'updateEventDetails', args: { changes: { name: 'Leeds' } } }] },
    });
  });
});
