import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { readPresenterAddress } from '../../../shared/facilitation/presenterAddress';
import type { RoundtableApi } from '../../../shared/api/contract';
import { connectToServices } from '../api/connect';
import { startTheme } from '../styles/theme';
import { PresenterWindow } from './PresenterWindow';
import '../styles/fonts.css';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/workbench.css';
import '../styles/facilitation.css';

// The second presenter window's page (present.html): its own small entry, so it loads the
// presenter view and nothing of the workbench's editing chrome.
startTheme();
const place = readPresenterAddress(location.search);

function PresenterWindowPage() {
  const [api, setApi] = useState<RoundtableApi | null>(null);
  const [problem, setProblem] = useState<string | null>(
    place ? null : 'This address names no board to present. Open it from Facilitate › Present in a second window.',
  );
  useEffect(() => {
    if (!place) return;
    try {
      const connection = connectToServices();
      connection.ready.then(
        () => setApi(connection.api),
        (error: Error) => setProblem(error.message),
      );
      connection.onLost((message) => setProblem(message));
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);
  if (problem)
    return (
      <main className="startup">
        <h1 className="startup-title">Roundtable</h1>
        <div role="alert" className="startup-failure">
          <p>{problem}</p>
        </div>
      </main>
    );
  if (!api || !place)
    return (
      <main className="startup">
        <p role="status">Starting…</p>
      </main>
    );
  return (
    <main>
      <PresenterWindow api={api} place={place} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PresenterWindowPage />
  </StrictMode>,
);
