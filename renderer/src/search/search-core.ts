/**
 * One plan's search index with its feed from the database: reads the plan once, then follows
 * every committed change record by record. Runs in the search worker (search.worker.ts), or on
 * the page where a worker cannot start; either way the page only ever sees results.
 */
import type { PlanTable } from '../../../shared/records/registry';
import type { PlannerDb } from '../db/database';
import { readPlanTable, readRecords, watchTables, type ChangedKeys } from '../db/search-source';
import { SEARCH_KINDS, entryOfRecord, type SearchKind } from './entries';
import { SearchIndex, type PaletteHit, type SearchGroup } from './search-index';

const TABLES: readonly PlanTable[] = SEARCH_KINDS;

export class SearchCore {
  private planId: string | null = null;
  private index = new SearchIndex();
  private ready: Promise<void> = Promise.resolve();
  /** Changes heard while the plan is being read, applied once it is. */
  private pending = new Map<SearchKind, Set<string> | 'all'>();
  private loading = false;
  private readonly stop: () => void;
  /** One change batch at a time, in the order heard. */
  private applying: Promise<void> = Promise.resolve();

  constructor(private readonly db: PlannerDb) {
    this.stop = watchTables(db, TABLES, (changed) => this.heard(changed));
  }

  dispose(): void {
    this.stop();
  }

  /** Reads `planId` into a fresh index, unless it is the plan already held. */
  open(planId: string): Promise<void> {
    if (planId === this.planId) return this.ready;
    this.planId = planId;
    this.index = new SearchIndex();
    this.pending = new Map();
    this.loading = true;
    const index = this.index;
    this.ready = (async () => {
      for (const kind of SEARCH_KINDS) {
        const records = await readPlanTable(this.db, kind, planId);
        if (this.index !== index) return;
        index.replaceKind(
          kind,
          records.map((record) => entryOfRecord(kind, record)),
        );
      }
      index.warm();
      this.loading = false;
      const pending = this.pending;
      this.pending = new Map();
      this.applying = this.applying.then(() => this.apply(pending));
      await this.applying;
    })();
    return this.ready;
  }

  async everything(planId: string, text: string, perKind: number): Promise<SearchGroup[]> {
    await this.open(planId);
    await this.applying;
    return this.index.everything(text, perKind);
  }

  async palette(planId: string, text: string, limit: number): Promise<PaletteHit[]> {
    await this.open(planId);
    await this.applying;
    return this.index.palette(text, limit);
  }

  private heard(changed: ChangedKeys): void {
    const batch = new Map<SearchKind, Set<string> | 'all'>();
    for (const [table, keys] of changed) {
      const kind = table as SearchKind;
      const into = this.loading ? this.pending : batch;
      const had = into.get(kind);
      if (keys === 'all' || had === 'all') into.set(kind, 'all');
      else into.set(kind, new Set([...(had ?? []), ...keys]));
    }
    if (this.loading || batch.size === 0) return;
    this.applying = this.applying.then(() => this.apply(batch));
  }

  /** Reads the changed records again: gone, or of another plan, means out of the index. */
  private async apply(batch: ReadonlyMap<SearchKind, Set<string> | 'all'>): Promise<void> {
    const planId = this.planId;
    const index = this.index;
    if (!planId) return;
    try {
      for (const [kind, keys] of batch) {
        if (keys === 'all') {
          const records = await readPlanTable(this.db, kind, planId);
          index.replaceKind(
            kind,
            records.map((record) => entryOfRecord(kind, record)),
          );
          continue;
        }
        const ids = [...keys];
        const records = await readRecords(this.db, kind, ids);
        records.forEach((record, at) => {
          if (record && record.planId === planId) index.upsert(entryOfRecord(kind, record));
          else index.remove(kind, ids[at] as string);
        });
      }
    } catch {
      // A read that failed (the database closing) leaves the index as it was; the next open
      // of the plan reads it whole again.
      if (this.index === index) this.planId = null;
    }
  }
}
