import { useId, useState, type FormEvent } from 'react';
import type { Cluster } from '../../../shared/document/schema';
import type { ClusterId } from '../../../shared/ids';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import { noteCount } from './clusterGeometry';
import './clusters.css';

/** Where the notes go: a new group, an existing one, or out of any group. */
export type JoinChoice = { kind: 'new' } | { kind: 'existing'; clusterId: ClusterId } | { kind: 'none' };

interface JoinClusterDialogProps {
  /** The board's groups, in order, with how many notes each has. */
  clusters: readonly { cluster: Cluster; size: number }[];
  /** The group the note is in now, if any (one note). */
  current: ClusterId | null;
  noteLabel: string;
  onChoose(choice: JoinChoice): void;
  onClose(): void;
}

/** The keyboard's way to drop a note onto a group: choose the group from a list. */
export function JoinClusterDialog({ clusters, current, noteLabel, onChoose, onClose }: JoinClusterDialogProps) {
  const [choice, setChoice] = useState<string>('new');
  const name = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice === 'new') onChoose({ kind: 'new' });
    else if (choice === 'none') onChoose({ kind: 'none' });
    else onChoose({ kind: 'existing', clusterId: choice as ClusterId });
  }
  const option = (value: string, label: string, autoFocus = false) => (
    <label key={value} className="cluster-quote-option">
      <input
        type="radio"
        name={name}
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
        data-autofocus={autoFocus || undefined}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <ModalDialog title="Group note" subtitle={noteLabel} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <fieldset className="cluster-quote-choice">
          <legend>Put it in</legend>
          {option('new', 'A new group', true)}
          {clusters
            .filter(({ cluster }) => cluster.id !== current)
            .map(({ cluster, size }) =>
              option(cluster.id, `${cluster.headline.trim() || 'Untitled group'} (${noteCount(size)})`),
            )}
          {current && option('none', 'No group: take it out of its group')}
        </fieldset>
        <FormActions failure={null} submitLabel="Group" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
