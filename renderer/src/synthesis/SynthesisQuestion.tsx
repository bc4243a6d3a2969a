import type { ShareableQuestion, ShownTheme } from '../../../shared/synthesis/shareable';
import { Chart } from './LazyChart';

function ThemeBlock({ theme, position }: { theme: ShownTheme; position: number }) {
  return (
    // Its number given, not counted: Chromium left the count as it was when the list was reordered
    // (themes numbered 1, 2, 5, 6, 7 after a review's decisions).
    <li className="synthesis-theme" value={position}>
      <h5>{theme.headline}</h5>
      <p className="synthesis-muted">
        {theme.notes} notes from {theme.events} event{theme.events === 1 ? '' : 's'}
        {theme.dots ? `, ${theme.dots} dots` : ''}
        {theme.headlines.length > 1 && ` · also written as: ${theme.headlines.slice(1, 4).join('; ')}`}
      </p>
      {theme.subPoints.length > 0 && (
        <ul className="synthesis-subpoints">
          {theme.subPoints.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      {theme.quotes.map((q) => (
        <blockquote key={q.text}>
          <p>“{q.text}”</p>
          <footer>{q.label}</footer>
        </blockquote>
      ))}
    </li>
  );
}

/** Most themes a prevalence chart draws: the main themes, then the largest of the also raised. */
const CHART_THEMES = 12;

/** Notes per theme, main themes first, as the shareable files give them. */
function prevalence(question: ShareableQuestion, audience: 'staff' | 'public') {
  return [...question.themes[audience], ...question.alsoRaised[audience]]
    .slice(0, CHART_THEMES)
    .map((t) => ({ label: t.headline, value: t.notes }));
}

const AUDIENCE_HEADINGS = { staff: 'What staff said', public: 'What the public said' } as const;

/** One question (exercise template) across every event, its figures as the shareable files give them: themes for staff and public apart, then its votes and ratings. */
export function SynthesisQuestion({ question }: { question: ShareableQuestion }) {
  return (
    <section className="synthesis-question" aria-label={question.title}>
      <h3>{question.title}</h3>
      <p className="synthesis-muted">
        Run at {question.events} event{question.events === 1 ? '' : 's'} · {question.notes.staff} staff notes ·{' '}
        {question.notes.public} public notes · {question.ungrouped} in no group
      </p>
      {(['staff', 'public'] as const).map((audience) =>
        question.themes[audience].length === 0 ? null : (
          <div key={audience}>
            <h4>{AUDIENCE_HEADINGS[audience]}</h4>
            <ol className="synthesis-themes">
              {question.themes[audience].map((t, i) => (
                <ThemeBlock key={t.headline} theme={t} position={i + 1} />
              ))}
            </ol>
            {question.alsoRaised[audience].length > 0 && (
              <p>
                <strong>Also raised:</strong>{' '}
                {question.alsoRaised[audience].map((t) => `${t.headline} (${t.notes})`).join('; ')}
              </p>
            )}
            <Chart
              title={`${question.title}: ${audience === 'staff' ? 'staff' : 'public'} notes per theme`}
              labelHeading="Theme"
              valueHeading="Notes"
              rows={prevalence(question, audience)}
            />
          </div>
        ),
      )}
      {(['staff', 'public'] as const).map((audience) => (
        <Chart
          key={`dots-${audience}`}
          labelHeading="Zone"
          valueHeading="Dots"
          title={`${question.title}: dots by zone, on ${audience === 'staff' ? 'staff' : 'public'} notes`}
          rows={question.dotsByZone[audience].map((r) => ({ label: r.label, value: r.count }))}
        />
      ))}
      {question.ratings.map((r) => (
        <Chart
          key={`${r.audience}-${r.zoneLabel}`}
          direction="up"
          labelHeading="Rating"
          valueHeading="Ratings"
          title={`${r.zoneLabel}: ratings by ${r.audience === 'staff' ? 'staff' : 'the public'}`}
          rows={r.distribution.map((value, i) => ({ label: `${i + 1} of ${r.scale}`, value }))}
        />
      ))}
      {(['staff', 'public'] as const).map((audience) =>
        question.stances.some((s) => s.audience === audience) ? (
          <Chart
            key={`stance-${audience}`}
            labelHeading="Stance"
            valueHeading="Votes"
            title={`${question.title}: stance, ${audience === 'staff' ? 'staff' : 'the public'}`}
            rows={question.stances
              .filter((s) => s.audience === audience)
              .map((s) => ({ label: `${s.phase}: ${s.option}`, value: s.count }))}
          />
        ) : null,
      )}
      {question.unrevealed.boards > 0 && (
        <p className="synthesis-unrevealed">
          Votes on {question.unrevealed.boards} boards were not yet revealed to the room and are left out of these
          results.
        </p>
      )}
    </section>
  );
}
