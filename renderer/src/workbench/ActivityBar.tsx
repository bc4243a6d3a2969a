import { Files, Moon, Sun } from 'lucide-react';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { useTheme } from '../hooks/useTheme';
import { toggleTheme } from '../styles/theme';
import { SIDE_BAR_ID } from './SideBar';

/** The activity bar at the far left: which view the side bar shows, and the theme switch at the bottom. */
export function ActivityBar() {
  const workbench = useWorkbench();
  const sideBarVisible = useWorkbenchState((s) => s.sideBarVisible);
  const dark = useTheme() === 'dark';
  return (
    <nav className="activity-bar" aria-label="Activity bar">
      <button
        type="button"
        className="activity-button"
        aria-label="Sessions"
        title={sideBarVisible ? 'Hide the sessions side bar' : 'Show the sessions side bar'}
        aria-expanded={sideBarVisible}
        aria-controls={SIDE_BAR_ID}
        onClick={() => workbench.toggleSideBar()}
      >
        <Files size={24} aria-hidden="true" />
      </button>
      <div className="activity-spacer" />
      <button
        type="button"
        className="activity-button"
        aria-label="Toggle dark theme"
        title={dark ? 'Use the light theme' : 'Use the dark theme'}
        aria-pressed={dark}
        onClick={toggleTheme}
      >
        {dark ? <Sun size={22} aria-hidden="true" /> : <Moon size={22} aria-hidden="true" />}
      </button>
    </nav>
  );
}
