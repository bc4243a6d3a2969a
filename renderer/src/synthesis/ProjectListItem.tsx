import { useId, useState } from 'react';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { synthesisWorkspace } from './synthesisStore';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

interface Listed {
  id: string;
  name: string;
  sources: number;
  progress: string;
  updatedAt: string;
  analyst: string;
}

/** One saved project in the list: open it, rename it (in place) or delete it (after a confirmation naming it). */
export function ProjectListItem({ project: p, busy, onOpen }: { project: Listed; busy: boolean; onOpen(): void }) {
  const workbench = useWorkbench();
  const id = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function rename(name: string) {
    if (await synthesisWorkspace.renameProject(workbench.api, p.id, name)) {
      announce(`Project ${p.name} renamed ${name.trim()}.`);
      setRenaming(null);
    }
  }

  return (
    <li>
      {renaming === null ? (
        <>
          <button type="button" className="button" disabled={busy} onClick={onOpen}>
            Open {p.name}
          </button>{' '}
          <button type="button" className="button" aria-label={`Rename ${p.name}`} onClick={() => setRenaming(p.name)}>
            Rename
          </button>{' '}
          <button type="button" className="button" aria-label={`Delete ${p.name}`} onClick={() => setDeleting(true)}>
            Delete
          </button>{' '}
          <span className="synthesis-muted">
            {p.sources} export{p.sources === 1 ? '' : 's'} · {p.progress} · changed {when(p.updatedAt)}
            {p.analyst ? ` by ${p.analyst}` : ''}
          </span>
        </>
      ) : (
        <form
          className="review-field"
          onSubmit={(e) => {
            e.preventDefault();
            void rename(renaming);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRenaming(null);
          }}
        >
          <label htmlFor={`${id}-name`}>New name for {p.name}</label>
          <input id={`${id}-name`} value={renaming} autoFocus onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="button" disabled={!renaming.trim()}>
            Save name
          </button>
          <button type="button" className="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      )}
      {deleting && (
        <DeleteProjectDialog
          projectName={p.name}
          onClose={() => setDeleting(false)}
          onDelete={async () => {
            await synthesisWorkspace.deleteProject(workbench.api, p.id);
            announce(`Project ${p.name} deleted; its file is in the deleted folder.`);
          }}
        />
      )}
    </li>
  );
}
