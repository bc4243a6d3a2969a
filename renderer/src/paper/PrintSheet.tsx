import { useId } from 'react';
import { boundsOf, NOTE_SIZE, noteRect, zonesOfBoard } from '../../../shared/document/geometry';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId } from '../../../shared/ids';
import { metaBadges } from '../../../shared/notes/noteMeta';
import { arrowBetween, linksOfBoard, type Arrow } from '../../../shared/links/links';
import { HEADER_MM, MARGIN_MM, sheetLayout, type Orientation, type PaperSize } from './printLayout';

export interface PrintOptions {
  size: PaperSize;
  orientation: Orientation;
  /** For tables working on paper: zones, prompt and reference cards, but none of the table's notes. */
  blank: boolean;
}

/** The board's content to print and how it fits the sheet. */
export function printContent(doc: SessionDocument, boardId: BoardId, options: PrintOptions) {
  const zones = zonesOfBoard(doc, boardId);
  const notes = Object.values(doc.notes).filter(
    (n) => n.boardId === boardId && (!options.blank || n.kind === 'reference'),
  );
  const bounds = boundsOf([...zones, ...notes.map(noteRect)]);
  const board = doc.boards[boardId];
  const exercise = board ? doc.exercises[board.exerciseId] : undefined;
  const table = board?.tableId ? doc.tables[board.tableId] : undefined;
  const layout = sheetLayout(options.size, options.orientation, bounds);
  const arrows = options.blank
    ? []
    : linksOfBoard(doc, boardId)
        .map((l) =>
          doc.notes[l.fromNoteId] && doc.notes[l.toNoteId]
            ? arrowBetween(doc.notes[l.fromNoteId], doc.notes[l.toNoteId])
            : null,
        )
        .filter((a): a is Arrow => a !== null);
  return { zones, notes, bounds, exercise, table, layout, arrows };
}

/**
 * One printed sheet: the exercise's title and prompt, then its zones with their labels and
 * the notes in place, at the largest scale the page allows. Real text throughout, so it
 * prints sharp and can be read back from the PDF.
 */
export function PrintSheet({
  doc,
  boardId,
  options,
}: {
  doc: SessionDocument;
  boardId: BoardId;
  options: PrintOptions;
}) {
  const { zones, notes, bounds, exercise, table, layout, arrows } = printContent(doc, boardId, options);
  // The preview and the printed copy are both on the page: each needs its own arrowhead.
  const arrowhead = `print-arrowhead-${useId().replace(/:/g, '')}`;
  const origin = bounds ?? { x: 0, y: 0, width: 0, height: 0 };
  return (
    <div
      // The page size comes from a named @page in paper.css: the app's CSP allows no inline style sheets.
      className={`print-sheet print-page-${options.size.toLowerCase()}-${options.orientation}`}
      // A hair under the page height, so rounding never spills the sheet onto a second page.
      style={{ width: `${layout.pageWidthMm}mm`, height: `${layout.pageHeightMm - 1}mm`, padding: `${MARGIN_MM}mm` }}
      data-page={layout.pageRule}
      data-blank={options.blank || undefined}
    >
      <header className="print-header" style={{ height: `${HEADER_MM}mm` }}>
        <h1>
          {exercise?.title ?? 'Board'}
          {table ? <span className="print-table"> · {table.name}</span> : null}
        </h1>
        {exercise?.prompt && <p>{exercise.prompt}</p>}
      </header>
      <div className="print-board" style={{ width: origin.width * layout.scale, height: origin.height * layout.scale }}>
        <div
          className="print-board-inner"
          style={{ width: origin.width, height: origin.height, transform: `scale(${layout.scale})` }}
        >
          {zones.map((zone) => (
            <section
              key={zone.id}
              className={`print-zone print-zone-${zone.order % 6}`}
              style={{ left: zone.x - origin.x, top: zone.y - origin.y, width: zone.width, height: zone.height }}
            >
              <h2 className="print-zone-label">{zone.label}</h2>
            </section>
          ))}
          {notes.map((note) => (
            <div
              key={note.id}
              className={note.kind === 'reference' ? 'print-note print-reference' : 'print-note'}
              style={{
                left: note.x - origin.x,
                top: note.y - origin.y,
                width: NOTE_SIZE.width,
                height: NOTE_SIZE.height,
              }}
            >
              {note.kind === 'reference' && <span className="print-caption">Reference</span>}
              <p>{note.text}</p>
              {note.kind === 'participant' && (metaBadges(note).length > 0 || note.severity) ? (
                <span className="print-badges">
                  {[note.severity ? `Severity ${note.severity}` : null, ...metaBadges(note)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              ) : null}
            </div>
          ))}
          {arrows.length > 0 && (
            <svg
              className="print-links"
              width={origin.width}
              height={origin.height}
              viewBox={`${origin.x} ${origin.y} ${origin.width} ${origin.height}`}
              aria-hidden="true"
            >
              <defs>
                <marker
                  id={arrowhead}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto"
                >
                  <path d="M0,0 L10,5 L0,10 z" />
                </marker>
              </defs>
              {arrows.map((a, i) => (
                <line key={i} x1={a.from.x} y1={a.from.y} x2={a.to.x} y2={a.to.y} markerEnd={`url(#${arrowhead})`} />
              ))}
            </svg>
          )}
        </div>
      </div>
    </div>
  );
}
