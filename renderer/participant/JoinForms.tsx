import { useId, useState, type FormEvent } from 'react';
import { SECTORS, STAFF_GROUPS } from '../../shared/document/taxonomy';
import type { RoomConnection } from './roomConnection';

export function JoinForm({ connection }: { connection: RoomConnection }) {
  const id = useId();
  const [code, setCode] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    connection.join(code);
  }
  return (
    <form onSubmit={submit} className="card">
      <h1>Join the room</h1>
      <label htmlFor={id}>Join code (6 digits, on the screen)</label>
      <input
        id={id}
        className="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        required
      />
      <button type="submit">Join</button>
      <p className="hint">No name is asked for: you are a number in the room.</p>
    </form>
  );
}

export function ProfileForm({
  connection,
  tables,
}: {
  connection: RoomConnection;
  tables: { id: string; name: string }[];
}) {
  const [table, setTable] = useState('');
  const [staffGroup, setStaffGroup] = useState('');
  const [sector, setSector] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const staffId = useId();
  const sectorId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!table) return setProblem('Choose your table first.');
    connection.chooseProfile(table, staffGroup || null, sector || null);
  }
  return (
    <form onSubmit={submit} className="card">
      <h1>Your table</h1>
      <fieldset>
        <legend>Which table are you at?</legend>
        {tables.map((t) => (
          <label key={t.id} className="choice">
            <input type="radio" name="table" value={t.id} checked={table === t.id} onChange={() => setTable(t.id)} />{' '}
            {t.name}
          </label>
        ))}
      </fieldset>
      <label htmlFor={staffId}>Your staff group (optional)</label>
      <select id={staffId} value={staffGroup} onChange={(e) => setStaffGroup(e.target.value)}>
        <option value="">Not given</option>
        {STAFF_GROUPS.map((g) => (
          <option key={g.code} value={g.code}>
            {g.label}
          </option>
        ))}
      </select>
      <label htmlFor={sectorId}>Your sector (optional)</label>
      <select id={sectorId} value={sector} onChange={(e) => setSector(e.target.value)}>
        <option value="">Not given / prefer not to say</option>
        {SECTORS.map((s) => (
          <option key={s.code} value={s.code}>
            {s.label}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <button type="submit">Continue</button>
    </form>
  );
}
