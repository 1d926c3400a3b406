import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Stylesheets apply in the order they are first imported: the storage screens' sheet (with
// StorageGuard), the global sheets, then each feature's sheet, imported beside its components,
// and print last of those the board loads with, so it wins ties.
import { StorageGuard } from './app/StorageGuard';
import { wireWindow } from './app/wiring';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/pieces.css';
import './styles/listbox.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
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
