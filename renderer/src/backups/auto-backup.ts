/**
 * Automatic backups: a plan that changed is snapshotted once editing pauses (and at the
 * latest every few minutes while it goes on), and whenever the host asks (before quitting).
 * Each snapshot is a whole plan file; the host keeps the last 20 and one a day for 30 days,
 * within a byte budget (shared/backups/retention.ts).
 */
import type { WriteBackupRequest, WriteBackupResult } from '../../../shared/ipc/contract';

export const IDLE_MS = 20_000;
export const MAX_WAIT_MS = 3 * 60_000;

export interface AutoBackupDeps {
  /** The plan as a backup request, or null when it no longer exists. */
  snapshot(planId: string): Promise<WriteBackupRequest | null>;
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /**
   * Where the backup can be made and stored in one go off the page (the browser build keeps
   * backups in the database a worker can reach), this replaces snapshot and write: the plan's
   * text then never crosses to the page.
   */
  backUp?(planId: string): Promise<{ planName: string; result: WriteBackupResult } | null>;
  onError(message: string): void;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  now(): number;
}

export class AutoBackup {
  private readonly dirty = new Set<string>();
  private timer: unknown = null;
  private dirtySince: number | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutoBackupDeps) {}

  /** A user action changed this plan. */
  noteChange(planId: string): void {
    this.dirty.add(planId);
    this.dirtySince ??= this.deps.now();
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    const waited = this.deps.now() - this.dirtySince;
    const delay = Math.max(0, Math.min(IDLE_MS, MAX_WAIT_MS - waited));
    this.timer = this.deps.setTimer(() => void this.flush(), delay);
  }

  get pending(): readonly string[] {
    return [...this.dirty];
  }

  /** Writes every changed plan now; flushes never overlap. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeDirty());
    return this.flushing;
  }

  private async writeDirty(): Promise<void> {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    this.dirtySince = null;
    const planIds = [...this.dirty];
    this.dirty.clear();
    for (const planId of planIds) {
      try {
        const done = await this.backUp(planId);
        if (done?.result.status === 'error') {
          this.deps.onError(
            `The automatic backup of “${done.planName}” failed: ${done.result.message}`,
          );
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.onError(`The automatic backup failed: ${message}`);
      }
    }
  }

  private async backUp(
    planId: string,
  ): Promise<{ planName: string; result: WriteBackupResult } | null> {
    if (this.deps.backUp) return this.deps.backUp(planId);
    const request = await this.deps.snapshot(planId);
    if (!request) return null;
    return { planName: request.planName, result: await this.deps.write(request) };
  }
}
