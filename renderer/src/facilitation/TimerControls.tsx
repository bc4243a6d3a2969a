import { Pause, Play, RotateCcw } from 'lucide-react';
import { describeClock, formatClock, isRunning, remainingSeconds } from '../../../shared/facilitation/timer';
import type { Exercise, SessionDocument } from '../../../shared/document/schema';
import { ariaKeyshortcut } from '../commands/keybindings';
import { IconButton } from '../ui/IconButton';
import { DEFAULT_TIMER_MINUTES, resetSessionTimer, toggleTimer } from '../state/facilitation';
import { operations } from '../state/operationsLoading';
import type { OpenSession } from '../state/openSession';
import { useNow } from './useNow';

/** The seconds the clock shows: the timer's, or the exercise's planned time before the timer was first set. */
export function clockSeconds(doc: SessionDocument, exercise: Exercise | null, now: number): number {
  const { timer } = doc.facilitation;
  if (timer.durationSeconds === 0) return (exercise?.plannedMinutes ?? DEFAULT_TIMER_MINUTES) * 60;
  return remainingSeconds(timer, now);
}

interface ClockProps {
  doc: SessionDocument;
  exercise: Exercise | null;
  className?: string;
}

/** The exercise clock, counting down; red and negative once over time. Read on demand by screen readers, not every second. */
export function Clock({ doc, exercise, className }: ClockProps) {
  const running = isRunning(doc.facilitation.timer);
  const now = useNow(running);
  const seconds = clockSeconds(doc, exercise, now);
  const state = running ? 'running' : 'paused';
  return (
    <span
      role="timer"
      aria-label={`Timer ${state}: ${describeClock(seconds)}`}
      className={['clock', seconds < 0 && 'clock-over', className].filter(Boolean).join(' ')}
      data-state={state}
    >
      {formatClock(seconds)}
    </span>
  );
}

interface TimerControlsProps {
  session: OpenSession;
  doc: SessionDocument;
  exercise: Exercise | null;
}

/** The clock with Start/Pause and Reset, for the board header. */
export function TimerControls({ session, doc, exercise }: TimerControlsProps) {
  const running = isRunning(doc.facilitation.timer);
  return (
    <div className="timer-controls" role="group" aria-label="Timer">
      <Clock doc={doc} exercise={exercise} />
      <IconButton
        label={running ? 'Pause timer' : 'Start timer'}
        icon={running ? Pause : Play}
        keyshortcuts={ariaKeyshortcut('F8')}
        onClick={() => operations.run(() => toggleTimer(session, exercise))}
      />
      <IconButton
        label="Reset timer"
        icon={RotateCcw}
        keyshortcuts={ariaKeyshortcut('Shift+F8')}
        onClick={() => operations.run(() => resetSessionTimer(session, exercise))}
      />
    </div>
  );
}
