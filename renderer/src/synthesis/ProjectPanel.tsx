import { useId, useState } from 'react';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';
import { ProjectListItem } from './ProjectListItem';
import { synthesisWorkspace, useSynthesisState } from './synthesisStore';

/**
 * The synthesis projects of this data folder: the one open (closed with a button, saved as it
 * is), or the list to open one from, and a new project made by name. Exports added with no
 * project open make a new project under the name typed here.
 */
export function ProjectPanel({ name, onName }: { name: string; onName(name: string): void }) {
  const workbench = useWorkbench();
  const id = useId();
  const { project, projects } = useSynthesisState();
  const [busy, setBusy] = useState(false);

  async function create() {
    setBusy(true);
    if (await synthesisWorkspace.createProject(workbench.api, name)) {
      announce(`Project ${name.trim() || 'Synthesis'} made and open. Add its exports.`);
      onName('');
    }
    setBusy(false);
  }

  async function open(projectId: string, projectName: string) {
    setBusy(true);
    if (await synthesisWorkspace.openProject(workbench.api, projectId)) announce(`Project ${projectName} open.`);
    setBusy(false);
  }

  return (
    <section className="synthesis-projects" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Synthesis projects</h3>
      {project ? (
        <div className="synthesis-project-open">
          <p>
            Open: <strong>{project.name}</strong>. Every decision is saved in the project as it is made.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void synthesisWorkspace.closeProject(workbench.api);
              announce(`Project ${project.name} closed; it is saved.`);
            }}
          >
            Close project
          </button>
        </div>
      ) : (
        <>
          <form
            className="review-field"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label htmlFor={`${id}-name`}>New project’s name</label>
            <input
              id={`${id}-name`}
              value={name}
              placeholder="e.g. Winter listening events"
              onChange={(e) => onName(e.target.value)}
            />
            <button type="submit" className="button" disabled={busy}>
              Create project
            </button>
          </form>
          {projects === null ? (
            <p className="synthesis-muted">Looking for projects…</p>
          ) : projects.length === 0 ? (
            <p className="synthesis-muted">No projects yet. Create one, or add exports: a project is made from them.</p>
          ) : (
            <ul className="synthesis-project-list" aria-label="Saved projects">
              {projects.map((p) =>
                p.ok ? (
                  <ProjectListItem key={p.id} project={p} busy={busy} onOpen={() => void open(p.id, p.name)} />
                ) : (
                  <li key={p.id} className="form-failure">
                    {p.problem}
                  </li>
                ),
              )}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
