/**
 * Catches a plan's view that fails to draw, so the rest of the window (the plan menu above
 * all) stays usable: the user can switch to another plan, export this one or delete it. The
 * plan is remembered as failing, so a reload opens another one (see ./draw-failures.ts).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { rememberDrawFailure } from './draw-failures';

interface Props {
  planId: string;
  planName: string;
  /** What is being drawn, for the message: "board", "timeline", "workspace of Fax Cloud". */
  viewLabel: string;
  /** Offered when the failing view is not the board, which may still draw. */
  onBackToBoard: (() => void) | null;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PlanViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    rememberDrawFailure(this.props.planId);
    console.error(`The ${this.props.viewLabel} failed to draw`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { planName, viewLabel, onBackToBoard } = this.props;
    return (
      <main className="main main-failed" aria-label={`${planName}: could not be drawn`}>
        <div className="plan-failed" role="alert">
          <h2>
            The {viewLabel} of “{planName}” could not be drawn
          </h2>
          <p>
            Its data is stored on this computer and was not changed. Use the plan menu above to open
            another plan or to delete this one; Export plan… still saves it as a file.
          </p>
          <p className="plan-failed-detail">What failed: {error.message}</p>
          <div className="form-actions">
            {onBackToBoard && (
              <button type="button" className="button" onClick={onBackToBoard}>
                Back to board
              </button>
            )}
            <button
              type="button"
              className="button button-primary"
              onClick={() => this.setState({ error: null })}
            >
              Try again
            </button>
          </div>
        </div>
      </main>
    );
  }
}
