import { useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { newParticipantNote } from '../../../shared/document/create';
import { zonesOfBoard } from '../../../shared/document/geometry';
import { INPUT_SOURCES } from '../../../shared/document/taxonomy';
import type { BoardId } from '../../../shared/ids';
import { describeMeta, nextSource } from '../../../shared/notes/noteMeta';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { spotFor } from '../../../shared/document/placement';
import type { OpenSession } from '../state/openSession';
import { ModalDialog } from '../ui/ModalDialog';
import { NoteMetaFields } from './NoteMetaFields';
import { metaForNext, startingZone, stepZone, typedText, type TranscriptionMeta } from './transcription';
import './paper.css';

interface TranscriptionDialogProps {
  session: OpenSession;
  boardId: BoardId;
  onClose(): void;
}

const labelOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  list.find((i) => i.code === code)?.label ?? 'not known';

/**
 * Transcription mode: typing a table's paper notes in fast. The text field keeps focus;
 * Enter saves the note in the current zone's next free spot and clears the field for the
 * next; Ctrl+Down / Ctrl+Up (or Page Down / Page Up) change zone; Alt+Q marks a quote,
 * Alt+S cycles staff / public; staff group and sector stick for the following notes.
 * Each note is one undo step; Escape leaves.
 */
export function TranscriptionDialog({ session, boardId, onClose }: TranscriptionDialogProps) {
  const { doc } = useSyncExternalStore(session.subscribe, session.getView);
  const zones = useMemo(() => zonesOfBoard(doc, boardId), [doc.zones, boardId]);
  const [zoneIndex, setZoneState] = useState(() =>
    startingZone(
      zones,
      Object.values(doc.notes).filter((n) => n.boardId === boardId),
    ),
  );
  // Keys may come faster than React draws: each reads and moves the zone through a ref, never a stale render's value.
  const zoneRef = useRef(zoneIndex);
  const setZoneIndex = (index: number) => {
    zoneRef.current = index;
    setZoneState(index);
  };
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<TranscriptionMeta>({ staffGroup: null, sector: null, source: null, isQuote: false });
  const [typed, setTyped] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const zone = zones[zoneIndex] ?? null;

  function changeZone(step: 1 | -1) {
    if (zones.length === 0) return;
    const next = stepZone(zoneRef.current, step, zones.length);
    setZoneIndex(next);
    announce(`Zone ${next + 1} of ${zones.length}: ${zones[next].label}`);
  }

  function save() {
    const value = typedText(text);
    if (!value) return announce('Type the note’s text first.');
    const current = session.getView().doc;
    const zone = zones[zoneRef.current] ?? null;
    const note = {
      ...newParticipantNote(boardId, value, spotFor(current, boardId, zone?.id ?? null), new Date().toISOString()),
      ...meta,
    };
    if (!session.apply(operation('addNotes', { notes: [note] })))
      return announce(session.getView().problem ?? 'The note could not be added.');
    setText('');
    setTyped((n) => n + 1);
    setMeta(metaForNext(meta));
    announce(
      `Saved in ${zone?.label ?? 'no zone'}${meta.isQuote || meta.staffGroup || meta.sector || meta.source ? `, ${describeMeta({ ...note })}` : ''}. Next note.`,
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const { key } = event;
    let handled = true;
    if (key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey) save();
    else if ((key === 'ArrowDown' && event.ctrlKey) || key === 'PageDown') changeZone(1);
    else if ((key === 'ArrowUp' && event.ctrlKey) || key === 'PageUp') changeZone(-1);
    else if (event.altKey && event.code === 'KeyQ') {
      setMeta({ ...meta, isQuote: !meta.isQuote });
      announce(meta.isQuote ? 'Not a quote' : 'Quote');
    } else if (event.altKey && event.code === 'KeyS') {
      const source = nextSource(meta.source);
      setMeta({ ...meta, source });
      announce(`Source: ${labelOf(INPUT_SOURCES, source)}`);
    } else handled = false;
    if (handled) event.preventDefault();
  }

  const draft = {
    staffGroup: meta.staffGroup ?? '',
    sector: meta.sector ?? '',
    source: meta.source ?? '',
    severity: '',
  };
  return (
    <ModalDialog
      title="Transcription mode"
      subtitle="Type the table’s paper notes: Enter saves each one."
      onClose={onClose}
      className="transcribe-dialog"
    >
      <p className="transcribe-zone" aria-live="polite">
        <span>
          Zone {zones.length ? zoneIndex + 1 : 0} of {zones.length}:{' '}
          <strong>{zone?.label ?? 'No zones: notes go below the board'}</strong>
        </span>
        <span className="transcribe-count">{typed === 1 ? '1 note typed' : `${typed} notes typed`}</span>
      </p>
      <label htmlFor="transcribe-text" className="visually-hidden">
        Note text
      </label>
      <textarea
        id="transcribe-text"
        ref={field}
        className="transcribe-text"
        value={text}
        data-autofocus
        aria-describedby="transcribe-keys"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="transcribe-flags">
        <label>
          <input
            type="checkbox"
            checked={meta.isQuote}
            onChange={(e) => setMeta({ ...meta, isQuote: e.target.checked })}
          />{' '}
          Quote (Alt+Q)
        </label>
      </div>
      <div
        onKeyDown={(event) => {
          // Enter on a pick goes back to typing.
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
            event.preventDefault();
            field.current?.focus();
          }
        }}
      >
        <NoteMetaFields
          draft={draft}
          fields={['staffGroup', 'sector', 'source']}
          compact
          onChange={(next) =>
            setMeta({
              ...meta,
              staffGroup: (next.staffGroup || null) as TranscriptionMeta['staffGroup'],
              sector: (next.sector || null) as TranscriptionMeta['sector'],
              source: (next.source || null) as TranscriptionMeta['source'],
            })
          }
        />
      </div>
      <p id="transcribe-keys" className="transcribe-keys">
        <kbd>Enter</kbd> save and next · <kbd>Shift+Enter</kbd> new line · <kbd>Ctrl+↓</kbd>/<kbd>Ctrl+↑</kbd>{' '}
        next/previous zone · <kbd>Alt+Q</kbd> quote · <kbd>Alt+S</kbd> staff/public · staff group and sector stay set
        for the next notes · <kbd>Esc</kbd> done.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
