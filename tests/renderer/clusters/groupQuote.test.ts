import { describe, expect, it } from 'vitest';
import { groupQuoteTagOn } from '../../../renderer/src/clusters/ClusterLayer';
import type { Cluster, Note } from '../../../shared/document/schema';
import type { ClusterId, NoteId } from '../../../shared/ids';

// A note that is its group's chosen quote and is marked as a quote showed "Quote" twice: its own
// chip on its top edge and the group's tag on its lower corner. It shows once.
const note = (id: string, isQuote: boolean) => ({ id: `note:${id}` as NoteId, isQuote }) as Note;
const cluster = (quote: string | null) => ({ id: 'cluster:g' as ClusterId, quoteNoteId: quote }) as Cluster;

describe("a group's quote tag", () => {
  it('marks the chosen quote once: the tag only where the note has no Quote chip of its own', () => {
    const notes = [note('a', false), note('b', true)];
    expect(groupQuoteTagOn({ cluster: cluster('note:a'), notes })?.id).toBe('note:a');
    expect(groupQuoteTagOn({ cluster: cluster('note:b'), notes })).toBeNull();
    expect(groupQuoteTagOn({ cluster: cluster(null), notes })).toBeNull();
  });
});
