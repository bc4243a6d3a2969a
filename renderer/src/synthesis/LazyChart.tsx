import { lazy, Suspense, type ComponentProps } from 'react';

// The charting library is loaded when the first chart is shown, not when the window opens:
// a facilitator who never opens the Synthesis workspace never loads it.
const ChartNow = lazy(() => import('./SynthesisChart').then((m) => ({ default: m.Chart })));

export function Chart(props: ComponentProps<typeof ChartNow>) {
  return (
    <Suspense fallback={<p className="synthesis-muted">Drawing the chart “{props.title}”…</p>}>
      <ChartNow {...props} />
    </Suspense>
  );
}
