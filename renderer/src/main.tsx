import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Inter, woff2 only, subset to the characters the app shows (scripts/fonts/subsetInter.ts).
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/workbench.css';
import './styles/explorer.css';
import './styles/editor.css';
import './styles/dialogs.css';
import './styles/listview.css';
import './styles/help.css';
import './styles/facilitation.css';
import { startTheme } from './styles/theme';
import { App } from './App';

// Start-up marks (performance.mark 'roundtable:…') let a profile or the cold-open benchmark split the start.
performance.mark('roundtable:scripts-run');
startTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
