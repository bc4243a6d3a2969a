import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SessionId } from '../../../shared/ids';
import type { ExerciseTemplate } from '../../../shared/templates/schema';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';

interface Deck {
  id: string;
  title: string;
  templates: ExerciseTemplate[];
}

/** The decks the templates come from, each with its exercises in the decks' running order. */
export function decksOf(templates: readonly ExerciseTemplate[]): Deck[] {
  const decks = new Map<string, Deck>();
  for (const template of templates) {
    for (const deck of template.source.decks) {
      const entry = decks.get(deck.id) ?? { id: deck.id, title: deck.title, templates: [] };
      entry.templates.push(template);
      decks.set(deck.id, entry);
    }
  }
  return [...decks.values()];
}

/**
 * Plans a whole event in one step: every exercise of a stimulus deck, in the deck's order,
 * added to the agenda (one undo step). Exercises already on the agenda are not added twice.
 */
export function DeckPlanner({ sessionId }: { sessionId: SessionId }) {
  const workbench = useWorkbench();
  const selectId = useId();
  const [decks, setDecks] = useState<Deck[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    workbench.api.listTemplates().then(
      (templates) => {
        if (!live) return;
        // Only the shipped templates are a deck's running order; the user's own may cite a deck too.
        const found = decksOf(templates.filter((t) => t.origin === 'shipped'));
        setDecks(found);
        setChosen(found[0]?.id ?? '');
      },
      (error: Error) => live && setMessage(`The exercises could not be listed: ${error.message}`),
    );
    return () => void (live = false);
  }, [workbench]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const deck = decks?.find((d) => d.id === chosen);
    if (!deck) return;
    try {
      const added = await workbench.addExercises(sessionId, deck.templates);
      const text =
        added === 0
          ? `Every exercise of “${deck.title}” is already on the agenda.`
          : `${added} exercises of “${deck.title}” added to the agenda. Undo removes them.`;
      setMessage(text);
      announce(text);
    } catch (error) {
      setMessage(`The exercises were not added: ${(error as Error).message}`);
    }
  }

  if (!decks || decks.length === 0) return message ? <p className="agenda-empty">{message}</p> : null;
  return (
    <form className="deck-planner" onSubmit={submit}>
      <label htmlFor={selectId}>Plan from a deck</label>
      <div className="deck-planner-row">
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Add its exercises
        </button>
      </div>
      <span className="deck-planner-hint">
        Exercises in it: {decks.find((d) => d.id === chosen)?.templates.length ?? 0}, in its running order
      </span>
      {message && (
        <p className="deck-planner-message" role="status">
          {message}
        </p>
      )}
    </form>
  );
}
