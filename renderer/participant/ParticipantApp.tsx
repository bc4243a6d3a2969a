import { useEffect, useId, useMemo, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { ParticipantView } from '../../shared/room/protocol';
import { JoinForm, ProfileForm } from './JoinForms';
import type { QueuedNote, RoomConnection } from './roomConnection';

const clock = (s: number) =>
  `${s < 0 ? '−' : ''}${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`;

/** The facilitator's timer, counting down on the phone between the laptop's updates. */
function Timer({ timer }: { timer: NonNullable<ParticipantView['timer']> }) {
  const receivedAt = useMemo(() => Date.now(), [timer]);
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    if (!timer.running) return;
    const id = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(id);
  }, [timer.running]);
  const left = timer.running
    ? timer.secondsLeft - Math.max(0, Math.floor((now - receivedAt) / 1_000))
    : timer.secondsLeft;
  return (
    <p className="timer" role="timer">
      Time left: {clock(left)}
      {timer.running ? '' : ' (paused)'}
    </p>
  );
}

function NoteForm({ connection, view }: { connection: RoomConnection; view: ParticipantView }) {
  const [text, setText] = useState('');
  const [zone, setZone] = useState('');
  const textId = useId();
  const zoneId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    connection.addNote(text.trim(), zone || null);
    setText('');
  }
  return (
    <form onSubmit={submit} className="card">
      <label htmlFor={textId}>Your note</label>
      <textarea
        id={textId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        maxLength={2000}
        disabled={view.paused}
      />
      {view.zones.length > 1 && (
        <>
          <label htmlFor={zoneId}>Where it goes</label>
          <select id={zoneId} value={zone} onChange={(e) => setZone(e.target.value)}>
            {view.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" disabled={view.paused}>
        Add note
      </button>
    </form>
  );
}

function Voting({ connection, view }: { connection: RoomConnection; view: ParticipantView }) {
  // A note waiting for approval is on no board yet: nothing to vote on.
  const notes = view.notes.filter((n) => !n.reference && !n.held);
  return (
    <section className="card" aria-labelledby="voting-heading">
      <h2 id="voting-heading">Voting is open</h2>
      {view.dotsLeft !== null && (
        <p>
          You have {view.dotsLeft} dot{view.dotsLeft === 1 ? '' : 's'} left
          {view.dotsPerZone ? ' (a share in each column)' : ''}. Results show on the big screen once revealed.
        </p>
      )}
      {view.dotsLeft !== null && (
        <ul className="notes">
          {notes.map((n) => (
            <li key={n.id}>
              <span>{n.text}</span>
              <span className="dots">{n.myDots > 0 ? `Your dots: ${n.myDots}` : ''}</span>
              <span className="buttons">
                <button
                  type="button"
                  aria-label={`Add a dot to: ${n.text}`}
                  onClick={() => connection.dot(n.id, true)}
                  disabled={view.dotsLeft === 0}
                >
                  Add a dot
                </button>
                {n.myDots > 0 && (
                  <button
                    type="button"
                    aria-label={`Take a dot back from: ${n.text}`}
                    onClick={() => connection.dot(n.id, false)}
                  >
                    Take a dot back
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.rating && view.zones.length > 0 && (
        <>
          <h3 className="rating-question">{view.rating.question}</h3>
          {view.zones.map((z) => (
            <fieldset key={z.id} className="rating">
              <legend>{z.label}</legend>
              <div className="rating-scale">
                {Array.from({ length: view.rating!.scale }, (_, i) => i + 1).map((value) => (
                  <label key={value} className="choice inline">
                    <input
                      type="radio"
                      name={`rate-${z.id}`}
                      checked={view.rating!.mine[z.id] === value}
                      onChange={() => connection.rate(z.id, value)}
                    />
                    {value}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
}

function Unsent({ connection, queue, roomId }: { connection: RoomConnection; queue: QueuedNote[]; roomId: string }) {
  const waiting = queue.filter((q) => q.roomId === roomId && !q.stored);
  const earlier = queue.filter((q) => q.roomId !== null && q.roomId !== roomId);
  if (waiting.length === 0 && earlier.length === 0) return null;
  return (
    <section className="card unsent" aria-labelledby="unsent-heading">
      <h2 id="unsent-heading">Not sent yet ({waiting.length})</h2>
      <p>Kept on this phone; sent by itself when the connection is back.</p>
      <ul>
        {waiting.map((q) => (
          <li key={q.clientNoteId}>{q.text}</li>
        ))}
      </ul>
      {earlier.length > 0 && (
        <>
          <p>
            {earlier.length} note{earlier.length === 1 ? ' was' : 's were'} written for an earlier room and will not be
            sent to this one:
          </p>
          <ul>
            {earlier.map((q) => (
              <li key={q.clientNoteId}>{q.text}</li>
            ))}
          </ul>
          <button type="button" onClick={() => connection.discardOtherRooms()}>
            Discard them
          </button>
        </>
      )}
    </section>
  );
}

/** The participant's page: join, choose a table, then add notes and vote as the facilitator runs the room. */
export function ParticipantApp({ connection }: { connection: RoomConnection }) {
  const state = useSyncExternalStore(
    (l) => connection.subscribe(l),
    () => connection.state,
  );
  const { joined, view, queue, message } = state;
  const status =
    state.connection === 'open'
      ? null
      : state.connection === 'lost'
        ? 'Connection lost: reconnecting… Your notes are kept on this phone.'
        : 'Connecting to the room…';
  return (
    <main>
      {state.connection !== 'closed' && (
        <p className="status" role="status">
          {status ?? (joined ? `You are participant ${joined.participant}.` : 'Connected to the room.')}
        </p>
      )}
      {message &&
        (state.connection === 'closed' ? (
          // The room ending is news, not an error: said calmly, in the page's own colours.
          <section className="card ended" role="status" aria-labelledby="ended-heading">
            <h1 id="ended-heading">The room has closed</h1>
            <p>{message}</p>
          </section>
        ) : (
          <p className="problem" role="alert">
            {message}
          </p>
        ))}
      {state.connection !== 'closed' && !joined && <JoinForm connection={connection} />}
      {joined && !joined.tableId && <ProfileForm connection={connection} tables={joined.tables} />}
      {joined?.tableId && view && (
        <>
          <header className="card">
            <h1>{view.exercise?.title ?? 'Waiting for the first exercise'}</h1>
            {/* Many of the decks' titles already end with their question: say it once. */}
            {view.exercise?.prompt && !view.exercise.title.includes(view.exercise.prompt.trim()) && (
              <p>{view.exercise.prompt}</p>
            )}
            {view.timer && <Timer timer={view.timer} />}
            {view.paused && <p className="problem">The facilitator has paused input for a moment.</p>}
          </header>
          <NoteForm connection={connection} view={view} />
          <Unsent connection={connection} queue={queue} roomId={joined.roomId} />
          {view.voting === 'open' && <Voting connection={connection} view={view} />}
          <section className="card" aria-labelledby="mine-heading">
            <h2 id="mine-heading">Your notes ({view.notes.filter((n) => n.mine).length})</h2>
            <ul>
              {view.notes
                .filter((n) => n.mine)
                .map((n) => (
                  <li key={n.id}>
                    {n.text}
                    {n.held && <span className="hint"> (waiting for the facilitator’s approval)</span>}
                  </li>
                ))}
            </ul>
          </section>
        </>
      )}
    </main>
  );
}
