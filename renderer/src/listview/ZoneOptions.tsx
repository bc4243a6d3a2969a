import type { Zone } from '../../../shared/document/schema';

/** The choices of a zone select: the board's zones in order, then "No zone" (value ""). */
export function ZoneOptions({ zones }: { zones: readonly Zone[] }) {
  return (
    <>
      {zones.map((z) => (
        <option key={z.id} value={z.id}>
          {z.label}
        </option>
      ))}
      <option value="">No zone</option>
    </>
  );
}
