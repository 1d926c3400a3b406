/**
 * The page's side of an import: reads the chosen file with progress, then hands everything
 * else to the import worker. Where a worker cannot start or dies (a host refusing module
 * workers), the same ImportCore runs on the page instead, slower for big files but complete.
 */
import type { Stage } from '../../../shared/domain/lifecycle';
import type { MergeChoices } from '../../../shared/plan-file/merge';
import { checkPlanFileSize } from '../../../shared/plan-file/decode';
import type { ChangeDirection } from '../db/changes';
import type { ImportMode } from '../db/plan-io';
import type { ImportSource } from '../platform';
import type { AnalyseInput, AnalysePhase } from './analyse';
import {
  ImportCore,
  type AnalyseOutcome,
  type BackupDone,
  type ImportResult,
  type SerializedPlan,
} from './import-core';
import type { WorkerReply, WorkerRequest } from './import-protocol';

export type ReadProgress =
  { phase: 'reading'; loaded: number; total: number } | { phase: AnalysePhase };

type Request = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  request: Request;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onPhase?: (phase: AnalysePhase) => void;
}

function readBlob(blob: Blob, onProgress: (p: ReadProgress) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress({ phase: 'reading', loaded: e.loaded, total: e.total });
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
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
    if (reply.type === 'phase') return pending.onPhase?.(reply.phase);
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
    for (const p of waiting) this.onPage(p.request, p.onPhase).then(p.resolve, p.reject);
  }

  private onPage(request: Request, onPhase?: (phase: AnalysePhase) => void): Promise<unknown> {
    switch (request.type) {
      case 'analyse':
        return this.core.analyse(request.input, (phase) => onPhase?.(phase));
      case 'map':
        return this.core.mapTrello(request.mapping);
      case 'import':
        return this.core.importAs(request.mode, request.fileName, request.choices);
      case 'replay':
        return this.core.replay(request.changes, request.direction);
      case 'serialize':
        return this.core.serialize(request.planId);
      case 'backup':
        return this.core.backUp(request.planId);
      case 'export':
        return this.core.exportPlan(request.planId);
      case 'remember-export':
        return this.core.rememberExport();
    }
  }

  private send(request: Request, onPhase?: (phase: AnalysePhase) => void): Promise<unknown> {
    if (!this.worker) return this.onPage(request, onPhase);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject, onPhase });
      this.worker?.postMessage({ ...request, id });
    });
  }

  async analyse(
    source: ImportSource,
    onProgress: (p: ReadProgress) => void,
  ): Promise<AnalyseOutcome> {
    let input: AnalyseInput;
    if ('blob' in source) {
      const sizeProblem = checkPlanFileSize(source.blob.size);
      if (sizeProblem) return { kind: 'error', problem: sizeProblem };
      try {
        input = { kind: 'bytes', buffer: await readBlob(source.blob, onProgress) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { kind: 'error', problem: { message: `The file could not be read: ${message}` } };
      }
    } else {
      input = { kind: 'text', text: source.text };
    }
    return (await this.send({ type: 'analyse', input }, (phase) =>
      onProgress({ phase }),
    )) as AnalyseOutcome;
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

  async replay(changes: string, direction: ChangeDirection): Promise<void> {
    await this.send({ type: 'replay', changes, direction });
  }

  /** The plan serialized off the page: a big plan takes seconds to read and write out. */
  async serialize(planId: string): Promise<SerializedPlan | null> {
    return (await this.send({ type: 'serialize', planId })) as SerializedPlan | null;
  }

  /** An automatic backup made and stored off the page (see ImportCore.backUp). */
  async backUp(planId: string): Promise<BackupDone | null> {
    return (await this.send({ type: 'backup', planId })) as BackupDone | null;
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
