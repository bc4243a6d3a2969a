import { useEffect, useId, useState } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import { formatDiagnostics } from '../../../shared/api/diagnostics';
import { ModalDialog } from '../ui/ModalDialog';

type Copying =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; text: string; copied: boolean };

/**
 * Help > Copy diagnostics: fetches the diagnostics, copies them to the clipboard, and shows
 * exactly what was copied, so the facilitator can see that no session content is in it. If
 * the clipboard refuses, the text is there to select and copy by hand.
 */
export function DiagnosticsDialog({ api, onClose }: { api: RoundtableApi; onClose(): void }) {
  const [copying, setCopying] = useState<Copying>({ state: 'loading' });
  const textId = useId();

  useEffect(() => {
    let current = true;
    api.getDiagnostics().then(
      async (diagnostics) => {
        const text = formatDiagnostics(diagnostics);
        const copied = await copyText(text);
        if (current) setCopying({ state: 'ready', text, copied });
      },
      (error: Error) =>
        current && setCopying({ state: 'failed', message: `The diagnostics could not be gathered: ${error.message}` }),
    );
    return () => {
      current = false;
    };
  }, [api]);

  async function copyAgain(text: string) {
    setCopying({ state: 'ready', text, copied: await copyText(text) });
  }

  return (
    <ModalDialog
      title="Diagnostics"
      subtitle="Versions and recent errors, for whoever supports you. No session content is included."
      onClose={onClose}
      className="modal-wide"
    >
      {copying.state === 'loading' && (
        <p className="modal-text" role="status">
          Gathering diagnostics…
        </p>
      )}
      {copying.state === 'failed' && (
        <p className="form-failure" role="alert">
          {copying.message}
        </p>
      )}
      {copying.state === 'ready' && (
        <>
          <p className="modal-text" role="status">
            {copying.copied
              ? 'Copied to the clipboard. Paste it into your email or support ticket.'
              : 'The clipboard could not be used here. Select the text below and copy it (Ctrl+C).'}
          </p>
          <label htmlFor={textId} className="visually-hidden">
            Diagnostics text
          </label>
          <textarea
            id={textId}
            className="diagnostics-text"
            readOnly
            rows={12}
            value={copying.text}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
      <div className="form-actions">
        {copying.state === 'ready' && (
          <button type="button" className="button" onClick={() => void copyAgain(copying.text)}>
            Copy again
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** Writes to the clipboard; false where the page may not (no permission, not a secure context). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
