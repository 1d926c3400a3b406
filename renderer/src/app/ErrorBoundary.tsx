/**
 * The last line against a blank window: if drawing the app throws, say so and offer a reload.
 * The plans are in the database, untouched by a drawing error.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The window failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="storage-screen">
        <div className="storage-card" role="alert">
          <h1>Something went wrong while drawing this window</h1>
          <p className="storage-advice">
            Your plans are stored on this computer and were not changed. Reload to continue.
          </p>
          <div className="storage-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => window.location.reload()}
            >
              Reload
            </button>
          </div>
          <details className="storage-detail">
            <summary>Technical details</summary>
            <p>{error.message}</p>
          </details>
        </div>
      </div>
    );
  }
}
