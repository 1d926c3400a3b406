/**
 * The page's side of the plan worker: reading, checking and importing files, exporting and
 * backing up plans, and replaying the undo of an import, all off the page, so a plan of half
 * a million records never freezes the window. Every call is typed by PlanWorkerCore's own
 * method (./rpc.ts); where a worker cannot start or dies, the same core runs on the page.
 */
import type { Stage } from '../../../shared/domain/lifecycle';
import type { MergeChoices } from '../../../shared/plan-file/merge';
import type { ChangeDirection } from '../db/changes';
import type { ImportMode } from '../db/plan-io';
import type { ImportSource } from '../platform';
import type { AnalyseInput, AnalyseProgress } from './analyse';
import {
  PlanWorkerCore,
  type AnalyseOutcome,
  type BackupDone,
  type ImportResult,
  type RestoreSource,
  type SerializedPlan,
} from './plan-worker-core';
import { WorkerClient } from './rpc';

export type ReadProgress = AnalyseProgress;

export class PlanWorker {
  private readonly client = new WorkerClient<PlanWorkerCore>(
    () => new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' }),
    () => new PlanWorkerCore(),
  );

  analyse(source: ImportSource, onProgress: (p: ReadProgress) => void): Promise<AnalyseOutcome> {
    // A Blob crosses to the worker by handle; the worker reads it as a stream.
    const input: AnalyseInput =
      'blob' in source ? { kind: 'blob', blob: source.blob } : { kind: 'text', text: source.text };
    return this.client.call('analyse', input, onProgress);
  }

  mapTrello(mapping: Record<string, Stage>): Promise<AnalyseOutcome> {
    return this.client.call('mapTrello', mapping);
  }

  importAs(mode: ImportMode, fileName: string, choices: MergeChoices = {}): Promise<ImportResult> {
    return this.client.call('importAs', mode, fileName, choices);
  }

  /** Restores a backup off the page; its undo is kept under the returned key, as an import's. */
  restore(source: RestoreSource, mode: 'new' | 'in-place'): Promise<ImportResult> {
    return this.client.call('restore', source, mode);
  }

  /** Undoes or redoes an import from the changes kept under `undoKey` (see the core). */
  replay(undoKey: string, direction: ChangeDirection): Promise<void> {
    return this.client.call('replay', undoKey, direction);
  }

  /** The plan serialized off the page: a big plan takes seconds to read and write out. */
  serialize(planId: string): Promise<SerializedPlan | null> {
    return this.client.call('serialize', planId);
  }

  /** An automatic backup made and stored off the page (see PlanWorkerCore.backUp). */
  backUp(planId: string, keep?: number): Promise<BackupDone | null> {
    return this.client.call('backUp', planId, keep);
  }

  /** The plan file as a Blob built off the page; see PlanWorkerCore.exportPlan. */
  exportPlan(planId: string): Promise<{ planName: string; blob: Blob } | null> {
    return this.client.call('exportPlan', planId);
  }

  rememberExport(): Promise<void> {
    return this.client.call('rememberExport');
  }

  dispose(): void {
    this.client.dispose();
    this.client.onPage?.close();
  }
}

/** Runs `task` with a plan worker of its own, closed once the task is done or has failed. */
export async function withPlanWorker<T>(task: (worker: PlanWorker) => Promise<T>): Promise<T> {
  const worker = new PlanWorker();
  try {
    return await task(worker);
  } finally {
    worker.dispose();
  }
}
