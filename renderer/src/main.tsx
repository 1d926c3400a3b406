import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { StorageGuard } from './app/StorageGuard';
import { wireWindow } from './app/wiring';
import './styles/base.css';
import './styles/board.css';
import './styles/controls.css';
import './styles/import.css';
import './styles/workspace.css';
import './styles/kpis.css';
import './styles/milestones.css';
import './styles/decision.css';
import './styles/backlog.css';
import './styles/portfolio.css';
import './styles/playbook.css';
import './styles/people.css';
import './styles/changelog.css';
import './styles/timeline.css';
import './styles/timeline-marks.css';
import './styles/search.css';
import './styles/help.css';
import './styles/settings.css';
import './styles/experiments.css';
import './styles/print.css';

wireWindow();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <StorageGuard>
        <App />
      </StorageGuard>
    </ErrorBoundary>
  </StrictMode>,
);
