/**
 * The database is opened here, before the app renders: an upgrade backs up every plan first
 * (see db/open.ts), and when opening fails the window explains why and offers the plans it
 * could read as downloads, instead of staying blank. It also steps aside when another window
 * upgrades the database, so two versions of the app never write to the same data.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { PlanFile } from '../../../shared/plan-file/types';
import { db } from '../db';
import { describeOpenFailure, isQuotaError } from '../db/errors';
import { StorageOpenError, openDatabase, watchConnection, type OpenOutcome } from '../db/open';
import { useUi } from '../store';
import { useSettings } from '../store/settings';
import { downloadPlanFile, planFileName } from '../platform/download';
import { useAppliedTheme } from './theme';
import './storage.css';

type GuardState =
  | { status: 'opening'; blocked: boolean }
  | { status: 'open' }
  | { status: 'failed'; error: unknown; snapshots: readonly PlanFile[] }
  | { status: 'replaced' };

// Once per page: React's strict mode runs effects twice, and the database opens only once.
let opening: Promise<OpenOutcome> | null = null;
const openOnce = () => (opening ??= openDatabase(db));

/** The update worked, but the copies of the plans from before it could not be stored. */
function backupProblemMessage(outcome: OpenOutcome): string {
  const why = isQuotaError(outcome.backupProblem)
    ? 'the disk has no room left'
    : String(outcome.backupProblem);
  return `Your plans were updated to this version, but their backup from before the update could not be kept (${why}). Export your plans to keep a copy.`;
}

export function StorageGuard({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GuardState>({ status: 'opening', blocked: false });

  useEffect(
    () =>
      watchConnection(db, {
        onReplaced: () => setState({ status: 'replaced' }),
        onBlocked: () =>
          setState((s) => (s.status === 'opening' ? { status: 'opening', blocked: true } : s)),
      }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    openOnce().then(
      (outcome) => {
        if (cancelled) return;
        if (outcome.backupProblem) useUi.getState().showError(backupProblemMessage(outcome));
        setState((s) => (s.status === 'opening' ? { status: 'open' } : s));
      },
      (error: unknown) => {
        if (cancelled) return;
        const snapshots = error instanceof StorageOpenError ? error.snapshots : [];
        const cause = error instanceof StorageOpenError ? error.inner : error;
        setState({ status: 'failed', error: cause, snapshots });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'open') return children;
  if (state.status === 'opening') return <OpeningScreen blocked={state.blocked} />;
  if (state.status === 'replaced') return <ReplacedScreen />;
  return <FailureScreen error={state.error} snapshots={state.snapshots} />;
}

/** The storage screens follow the theme the user chose, like the app would. */
function Screen({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  useAppliedTheme(useSettings((s) => s.theme));
  return (
    <div className="storage-screen" aria-busy={busy}>
      {children}
    </div>
  );
}

function OpeningScreen({ blocked }: { blocked: boolean }) {
  return (
    <Screen busy>
      <p className="storage-opening" role="status">
        {blocked
          ? 'Waiting for another window of Lifecycle Planner to close…'
          : 'Opening your plans…'}
      </p>
    </Screen>
  );
}

const reload = () => window.location.reload();

function ReplacedScreen() {
  return (
    <Screen>
      <div className="storage-card" role="alert">
        <h1>Updated in another window</h1>
        <p>Lifecycle Planner was updated in another window; reload to continue.</p>
        <p className="storage-advice">
          This window stopped using the plans so that the two versions never write over each other.
          Everything saved so far is kept.
        </p>
        <div className="storage-actions">
          <button type="button" className="button button-primary" onClick={reload}>
            Reload
          </button>
        </div>
      </div>
    </Screen>
  );
}

function FailureScreen({ error, snapshots }: { error: unknown; snapshots: readonly PlanFile[] }) {
  const failure = describeOpenFailure(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Screen>
      <div className="storage-card" role="alert" aria-labelledby="storage-failure-title">
        <h1 id="storage-failure-title">{failure.title}</h1>
        <p>{failure.explanation}</p>
        <p className="storage-advice">{failure.advice}</p>
        {snapshots.length > 0 ? (
          <section className="storage-downloads" aria-labelledby="storage-downloads-title">
            <h2 id="storage-downloads-title">Download the plans it could read</h2>
            <p>
              Each plan is saved as a plan file you can import once the app opens again, here or on
              another computer.
            </p>
            <ul>
              {snapshots.map((file) => (
                <li key={file.plan.id}>
                  <button type="button" className="button" onClick={() => downloadPlanFile(file)}>
                    Download “{file.plan.name}”
                  </button>
                  <span className="storage-file">
                    {planFileName(file.plan.name)} · {file.products.length}{' '}
                    {file.products.length === 1 ? 'product' : 'products'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p className="storage-advice">
            No plans could be read from the storage, so there is nothing to download.
          </p>
        )}
        <div className="storage-actions">
          <button type="button" className="button button-primary" onClick={reload}>
            Reload
          </button>
        </div>
        <details className="storage-detail">
          <summary>Technical details</summary>
          <code>{detail}</code>
        </details>
      </div>
    </Screen>
  );
}
