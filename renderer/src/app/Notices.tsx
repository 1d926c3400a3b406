/** What the app says: the screen-reader live region, the undo toast, and error alerts. */
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { undoLastAction } from '../commands/perform';
import { useUi } from '../store';

export function LiveRegion() {
  const announcement = useUi((s) => s.announcement);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}

const TOAST_MS = 8000;

/**
 * The toast after an action, with Undo where it applies. It waits while the pointer or focus
 * is on it, so Undo can be reached; the live region says its text (see the store).
 */
export function Toast() {
  const toast = useUi((s) => s.toast);
  const dismissToast = useUi((s) => s.dismissToast);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!toast || held) return;
    const timer = window.setTimeout(dismissToast, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, held, dismissToast]);
  if (!toast) return null;
  return (
    <div
      className="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.undoable && (
        <button type="button" className="toast-action" onClick={() => void undoLastAction()}>
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismissToast}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}

export function ErrorBanner() {
  const error = useUi((s) => s.error);
  const showError = useUi((s) => s.showError);
  // Inserted only when there is something to say: a new role="alert" element is announced.
  if (!error) return null;
  return (
    <div role="alert" className="error-banner">
      <span>{error}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss error"
        onClick={() => showError(null)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
