import type { AppInfo } from '../../../shared/api/contract';
import { ModalDialog } from '../ui/ModalDialog';

interface AboutDialogProps {
  appInfo: AppInfo | null;
  onCopyDiagnostics(): void;
  onClose(): void;
}

/** Help > About: which Roundtable this is and where it keeps its data. */
export function AboutDialog({ appInfo, onCopyDiagnostics, onClose }: AboutDialogProps) {
  return (
    <ModalDialog
      title="About Roundtable"
      subtitle="Offline workshop boards for staff-engagement events."
      onClose={onClose}
      closeOnBackdrop
    >
      {appInfo ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>
            {appInfo.version} ({appInfo.mode === 'desktop' ? 'desktop app' : 'browser mode'})
          </dd>
          <dt>Data folder</dt>
          <dd>
            <code className="path">{appInfo.dataDir}</code>
          </dd>
          <dt>Session format</dt>
          <dd>Schema version {appInfo.schemaVersion}</dd>
        </dl>
      ) : (
        <p className="modal-text" role="status">
          Loading…
        </p>
      )}
      <p className="modal-text">Everything is saved on this computer. Roundtable sends nothing over the network.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCopyDiagnostics}>
          Copy diagnostics
        </button>
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
