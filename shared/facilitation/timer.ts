import type { Facilitation } from '../document/schema';

export type TimerState = Facilitation['timer'];

export const STOPPED_TIMER: TimerState = { durationSeconds: 0, runningSince: null, elapsedSeconds: 0 };

/**
 * The exercise timer as pure functions of its stored state and the time now. It stores
 * when it was started rather than ticking, so a reload, a crash or a second window shows
 * the same time, and a saved session never holds a stale countdown.
 */
export function elapsedSeconds(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return timer.elapsedSeconds;
  const since = Date.parse(timer.runningSince);
  return timer.elapsedSeconds + Math.max(0, (now - since) / 1000);
}

/** Seconds left; negative once the time is up (the facilitator sees how far over they are). */
export function remainingSeconds(timer: TimerState, now: number): number {
  return timer.durationSeconds - elapsedSeconds(timer, now);
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: new Date(now).toISOString() };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { ...timer, runningSince: null, elapsedSeconds: Math.min(24 * 3600, elapsedSeconds(timer, now)) };
}

/** Back to the full duration (optionally a new one), not running. */
export function resetTimer(timer: TimerState, durationSeconds = timer.durationSeconds): TimerState {
  return { durationSeconds, runningSince: null, elapsedSeconds: 0 };
}

/** "12:05", "0:09", or "−1:30" when over time; whole seconds, rounded up while counting down. */
export function formatClock(seconds: number): string {
  const over = seconds < 0;
  const whole = over ? Math.floor(-seconds) : Math.ceil(seconds);
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return over ? `−${text}` : text;
}

/** What a screen reader hears: "12 minutes 5 seconds left" or "1 minute 30 seconds over time". */
export function describeClock(seconds: number): string {
  const over = seconds < 0;
  const whole = over ? Math.floor(-seconds) : Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  const secs = whole % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    secs > 0 || minutes === 0 ? `${secs} second${secs === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return over ? `${parts} over time` : `${parts} left`;
}
