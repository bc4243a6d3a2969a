import { FormActions } from '../ui/FormActions';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId } from '../../../shared/ids';
import { ModalDialog } from '../ui/ModalDialog';
import { PrintSheet, printContent, type PrintOptions } from './PrintSheet';
import './paper.css';

interface PrintBoardDialogProps {
  doc: SessionDocument;
  boardId: BoardId;
  onClose(): void;
}

const PREVIEW_WIDTH = 560;
const PX_PER_MM = 96 / 25.4;

/**
 * "Print board": choose A4 or A3, landscape or portrait, and whether to leave the table's
 * notes off (a blank sheet for tables working on paper), see it, and print it with the
 * browser's or the system's print dialog. The sheet printed is the one previewed.
 */
export function PrintBoardDialog({ doc, boardId, onClose }: PrintBoardDialogProps) {
  const [options, setOptions] = useState<PrintOptions>({ size: 'A4', orientation: 'landscape', blank: false });
  const { layout, notes } = printContent(doc, boardId, options);
  const previewScale = PREVIEW_WIDTH / (layout.pageWidthMm * PX_PER_MM);
  const participants = notes.filter((n) => n.kind === 'participant').length;

  return (
    <ModalDialog
      title="Print board"
      subtitle="A sheet with the zones, the prompt and the reference cards."
      onClose={onClose}
      className="print-dialog"
    >
      <form
        className="print-options"
        onSubmit={(event) => {
          event.preventDefault();
          window.print();
        }}
      >
        <fieldset>
          <legend>Paper</legend>
          {(['A4', 'A3'] as const).map((size) => (
            <label key={size}>
              <input
                type="radio"
                name="print-size"
                checked={options.size === size}
                onChange={() => setOptions({ ...options, size })}
                data-autofocus={size === options.size || undefined}
              />
              {size}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Orientation</legend>
          {(['landscape', 'portrait'] as const).map((orientation) => (
            <label key={orientation}>
              <input
                type="radio"
                name="print-orientation"
                checked={options.orientation === orientation}
                onChange={() => setOptions({ ...options, orientation })}
              />
              {orientation === 'landscape' ? 'Landscape' : 'Portrait'}
            </label>
          ))}
        </fieldset>
        <label className="print-blank">
          <input
            type="checkbox"
            checked={options.blank}
            onChange={(e) => setOptions({ ...options, blank: e.target.checked })}
          />
          Blank for tables working on paper (no participant notes)
        </label>
        <p className="print-summary" aria-live="polite">
          {layout.pageRule},{' '}
          {options.blank
            ? 'blank: zones, prompt and reference cards only'
            : `${participants === 1 ? '1 note' : `${participants} notes`} on it`}
          .
        </p>
        <div
          className="print-preview"
          role="img"
          aria-label={`Preview of the ${layout.pageRule} sheet`}
          style={{ width: PREVIEW_WIDTH, height: layout.pageHeightMm * PX_PER_MM * previewScale }}
        >
          <div style={{ transform: `scale(${previewScale})`, transformOrigin: '0 0' }} aria-hidden="true">
            <PrintSheet doc={doc} boardId={boardId} options={options} />
          </div>
        </div>
        <FormActions failure={null} submitLabel="Print…" cancelLabel="Close" onCancel={onClose} />
      </form>
      {createPortal(
        <div className="print-root">
          <PrintSheet doc={doc} boardId={boardId} options={options} />
        </div>,
        document.body,
      )}
    </ModalDialog>
  );
}
