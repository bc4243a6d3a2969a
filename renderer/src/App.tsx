import { useEffect, useState } from 'react';
import { connectToServices, type Connection } from './api/connect';
import { Workbench } from './workbench/Workbench';

type Startup =
  { state: 'connecting' } | { state: 'ready'; connection: Connection } | { state: 'failed'; message: string };

/** Connects to Roundtable's services, then shows the workbench; says plainly what to do if it cannot. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'connecting' });

  useEffect(() => {
    let connection: Connection;
    try {
      connection = connectToServices();
    } catch (error) {
      setStartup({ state: 'failed', message: (error as Error).message });
      return;
    }
    connection.ready.then(
      () => {
        performance.mark('roundtable:connected');
        setStartup({ state: 'ready', connection });
      },
      (error: Error) => setStartup({ state: 'failed', message: error.message }),
    );
  }, []);

  if (startup.state === 'ready') return <Workbench connection={startup.connection} />;
  return (
    <main className="startup">
      <h1 className="startup-title">Roundtable</h1>
      {startup.state === 'connecting' ? (
        <p role="status">Starting…</p>
      ) : (
        <div role="alert" className="startup-failure">
          <h2>Roundtable could not start</h2>
          <p>{startup.message}</p>
        </div>
      )}
    </main>
  );
}
