/**
 * The page's side of an import: reads the chosen file with progress, then hands everything
 * else to the import worker. Where a worker cannot start or dies (a host refusing module
 * workers), the same ImportCore runs on the page instead, slower for big files but complete.
 */
import type { Stage } from '../../../shared/domain/lifecycle';
import type { MergeChoices } from '../../../shared/plan-file/merge';
import type { ChangeDirection } from '../db/changes';
import type { ImportMode } from '../db/plan-io';
import type { ImportSource } from '../platform';
import type { AnalyseInput, AnalyseProgress } from './analyse';
import {
  ImportCore,
  type AnalyseOutcome,
  type BackupDone,
  type ImportResult,
  type SerializedPlan,
} from './import-core';
import type { WorkerReply, WorkerRequest } from './import-protocol';

export type ReadProgress = AnalyseProgress;

type Request = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  request: Request;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: AnalyseProgress) => void;
}

export class ImportSession {
  private worker: Worker | null = null;
  private fallback: ImportCore | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    try {
      this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.abandonWorker();
      };
    } catch {
      this.worker = null;
    }
  }

  private get core(): ImportCore {
    this.fallback ??= new ImportCore();
    return this.fallback;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') return pending.onProgress?.(reply.progress);
    this.pending.delete(reply.id);
    if (reply.type === 'done') pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  }

  /** The worker is gone: whatever it was doing is done again on the page. */
  private abandonWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.onPage(p.request, p.onProgress).then(p.resolve, p.reject);
  }

  private onPage(
    request: Request,
    onProgress?: (progress: AnalyseProgress) => void,
  ): Promise<unknown> {
    switch (request.type) {
      case 'analyse':
        return this.core.analyse(request.input, (progress) => onProgress?.(progress));
      case 'map':
        return this.core.mapTrello(request.mapping);
      case 'import':
        return this.core.importAs(request.mode, request.fileName, request.choices);
      case 'replay':
        return this.core.replay(request.undoKey, request.direction);
      case 'serialize':
        return this.core.serialize(request.planId);
      case 'backup':
        return this.core.backUp(request.planId, request.keep);
      case 'export':
        return this.core.exportPlan(request.planId);
      case 'remember-export':
        return this.core.rememberExport();
    }
  }

  private send(
    request: Request,
    onProgress?: (progress: AnalyseProgress) => void,
  ): Promise<unknown> {
    if (!this.worker) return this.onPage(request, onProgress);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject, onProgress });
      this.worker?.postMessage({ ...request, id });
    });
  }

  async analyse(
    source: ImportSource,
    onProgress: (p: ReadProgress) => void,
  ): Promise<AnalyseOutcome> {
    // A Blob crosses to the worker by handle; the worker reads it as a stream.
    const input: AnalyseInput =
      'blob' in source ? { kind: 'blob', blob: source.blob } : { kind: 'text', text: source.text };
    return (await this.send({ type: 'analyse', input }, onProgress)) as AnalyseOutcome;
  }

  async mapTrello(mapping: Record<string, Stage>): Promise<AnalyseOutcome> {
    return (await this.send({ type: 'map', mapping })) as AnalyseOutcome;
  }

  async importAs(
    mode: ImportMode,
    fileName: string,
    choices: MergeChoices = {},
  ): Promise<ImportResult> {
    return (await this.send({ type: 'import', mode, fileName, choices })) as ImportResult;
  }

  async replay(undoKey: string, direction: ChangeDirection): Promise<void> {
    await this.send({ type: 'replay', undoKey, direction });
  }

  /** The plan serialized off the page: a big plan takes seconds to read and write out. */
  async serialize(planId: string): Promise<SerializedPlan | null> {
    return (await this.send({ type: 'serialize', planId })) as SerializedPlan | null;
  }

  /** An automatic backup made and stored off the page (see ImportCore.backUp). */
  async backUp(planId: string, keep?: number): Promise<BackupDone | null> {
    return (await this.send({ type: 'backup', planId, keep })) as BackupDone | null;
  }

  /** The plan file as a Blob built off the page; see ImportCore.exportPlan. */
  async exportPlan(planId: string): Promise<{ planName: string; blob: Blob } | null> {
    return (await this.send({ type: 'export', planId })) as { planName: string; blob: Blob } | null;
  }

  async rememberExport(): Promise<void> {
    await this.send({ type: 'remember-export' });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fallback?.close();
  }
}
