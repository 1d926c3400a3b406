/**
 * A copy of a plan being edited by a simulated PM (see ./edits.ts): its tables by id, the
 * record of what changed and what was deleted, and deletes that cascade as the app's
 * repositories do.
 */
import { type Deletion } from '../../../shared/domain/product';
import { PLAN_TABLES, type PlanTable } from '../../../shared/records/registry';
import { PRODUCT_CHILD_TABLES, type PlanRecords } from '../../../shared/records/registry';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';

export interface SideEdits {
  file: PlanFile;
  /** Records this side changed or added, as they should appear after a merge. */
  changed: Map<string, { table: PlanTable; record: unknown }>;
  /** Ids this side deleted. */
  deleted: Set<string>;
  planRenamed: boolean;
}

export interface EditOptions {
  side: string;
  owns: (productId: string) => boolean;
  /** This side edits personas, competitors and stage templates, and links to any persona. */
  ownsShared: boolean;
  seed: number;
  /** ISO timestamp stamped on every edit of this side. */
  at: string;
  renamePlan: boolean;
}

/** mulberry32: small, seedable, good enough to pick edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Tables = { [T in PlanTable]: Map<string, PlanRecords[T]> };

/** A copy being edited: its tables by id, and the record of what changed. */
export class EditedCopy {
  readonly tables: Tables;
  readonly changed: SideEdits['changed'] = new Map();
  readonly deleted = new Set<string>();
  deletions: Deletion[];
  readonly rand: () => number;
  private counter = 0;

  constructor(
    readonly base: PlanFile,
    readonly options: EditOptions,
  ) {
    this.rand = random(options.seed);
    this.deletions = [...base.deletions];
    const tables = {} as Record<PlanTable, Map<string, unknown>>;
    for (const table of PLAN_TABLES) {
      tables[table] = new Map(base[table].map((record) => [record.id, record]));
    }
    this.tables = tables as Tables;
  }

  get planId(): string {
    return this.base.plan.id;
  }

  newId(): string {
    return `${this.options.side}-${this.options.seed}-${(this.counter += 1)}`;
  }

  all<T extends PlanTable>(table: T): PlanRecords[T][] {
    return [...this.tables[table].values()];
  }

  /** Writes a changed or new record, stamped with this side's edit time. */
  put<T extends PlanTable>(table: T, record: PlanRecords[T]): PlanRecords[T] {
    const stamped = { ...record, updatedAt: this.options.at };
    this.tables[table].set(stamped.id, stamped);
    if (this.deleted.delete(stamped.id)) {
      // Made again after it was deleted (a stage template): it is no longer deleted.
      this.deletions = this.deletions.filter((deletion) => deletion.id !== stamped.id);
    }
    this.changed.set(stamped.id, { table, record: stamped });
    return stamped;
  }

  remove(table: PlanTable, id: string): void {
    if (!this.tables[table].delete(id)) return;
    this.changed.delete(id);
    this.deleted.add(id);
    this.deletions.push({ id, planId: this.planId, table, deletedAt: this.options.at });
  }

  /** Sets `field` to null on every record of `table` that points at `id`. */
  unlink(table: 'backlogItems' | 'feedback' | 'experiments', field: string, id: string): void {
    for (const record of this.all(table)) {
      if ((record as unknown as Record<string, unknown>)[field] !== id) continue;
      this.put(table, { ...record, [field]: null } as PlanRecords[typeof table]);
    }
  }

  removeProduct(id: string): void {
    for (const table of PRODUCT_CHILD_TABLES) {
      for (const record of this.all(table)) {
        if ((record as { productId: string }).productId === id) this.remove(table, record.id);
      }
    }
    this.remove('products', id);
  }

  removeBacklogItem(id: string): void {
    this.unlink('feedback', 'backlogItemId', id);
    this.remove('backlogItems', id);
  }

  removeMilestone(id: string): void {
    this.unlink('backlogItems', 'milestoneId', id);
    this.remove('milestones', id);
  }

  removeRelease(id: string): void {
    this.unlink('backlogItems', 'releaseId', id);
    this.remove('releases', id);
  }

  /** A KPI takes its values along; experiments that named it keep their log, unlinked. */
  removeKpi(id: string): void {
    this.unlink('experiments', 'kpiId', id);
    for (const value of this.all('kpiValues')) {
      if (value.kpiId === id) this.remove('kpiValues', value.id);
    }
    this.remove('kpis', id);
  }

  /** Deletes a persona or competitor and unlinks it from every product, as the app does. */
  removePerson(table: 'personas' | 'competitors', id: string): void {
    const field = table === 'personas' ? 'personaIds' : 'competitorIds';
    for (const product of this.all('products')) {
      if (!product[field].includes(id)) continue;
      this.put('products', { ...product, [field]: product[field].filter((x) => x !== id) });
    }
    this.remove(table, id);
  }

  toFile(plan: PlanFile['plan']): PlanFile {
    const tables = Object.fromEntries(PLAN_TABLES.map((table) => [table, this.all(table)]));
    return buildPlanFile({ plan, ...tables, deletions: this.deletions });
  }
}
