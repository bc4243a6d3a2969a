import type { ComponentType } from 'react';
import { ChartColumn, Contrast, Files, ListOrdered, Moon, Sun, type LucideProps } from 'lucide-react';
import { synthesisWorkspace } from '../synthesis/synthesisStore';
import { useSynthesisShown } from '../synthesis/synthesisShown';
import type { SideBarView } from '../state/workbench';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { useTheme } from '../hooks/useTheme';
import { nextTheme, switchTheme, THEME_NAMES } from '../styles/theme';
import { SIDE_BAR_ID } from './SideBar';

/** The activity bar at the far left: which view the side bar shows, and the theme switch at the bottom. */
export function ActivityBar() {
  const showing = useTheme();
  const next = nextTheme(showing);
  const NextIcon = next === 'dark' ? Moon : next === 'contrast' ? Contrast : Sun;
  return (
    <nav className="activity-bar" aria-label="Activity bar">
      <ViewButton
        view="sessions"
        label="Sessions"
        icon={Files}
        showHint="Show the sessions"
        hideHint="Hide the sessions side bar"
      />
      <ViewButton
        view="agenda"
        label="Agenda"
        icon={ListOrdered}
        showHint="Show the agenda, timer and running order"
        hideHint="Hide the agenda"
      />
      <SynthesisButton />
      <div className="activity-spacer" />
      <button
        type="button"
        className="activity-button"
        aria-label={`Theme: ${THEME_NAMES[showing]}. Switch to ${THEME_NAMES[next]}`}
        title={`${THEME_NAMES[showing]} theme: switch to ${THEME_NAMES[next].toLowerCase()}`}
        onClick={switchTheme}
      >
        <NextIcon size={22} aria-hidden="true" />
      </button>
    </nav>
  );
}

interface ViewButtonProps {
  view: SideBarView;
  label: string;
  icon: ComponentType<LucideProps>;
  showHint: string;
  hideHint: string;
}

/** Shows its view in the side bar, or hides the side bar when that view is already showing. */
function ViewButton({ view, label, icon: Icon, showHint, hideHint }: ViewButtonProps) {
  const workbench = useWorkbench();
  const showing = useWorkbenchState((s) => s.sideBarVisible && s.sideBarView === view);
  return (
    <button
      type="button"
      className="activity-button"
      aria-label={label}
      title={showing ? hideHint : showHint}
      aria-expanded={showing}
      aria-controls={SIDE_BAR_ID}
      onClick={() => workbench.showSideBarView(view)}
    >
      <Icon size={24} aria-hidden="true" />
    </button>
  );
}

/** Shows the Synthesis workspace (many events' exports) in place of the boards, or the boards again. */
function SynthesisButton() {
  const workbench = useWorkbench();
  const open = useSynthesisShown();
  return (
    <button
      type="button"
      className="activity-button"
      aria-label="Synthesis"
      title={open ? 'Back to the boards' : 'Synthesise many events’ exports'}
      aria-pressed={open}
      onClick={() => synthesisWorkspace.toggle(workbench.api)}
    >
      <ChartColumn size={24} aria-hidden="true" />
    </button>
  );
}
