/**
 * What a board card shows beyond the product itself: checklist progress for its stage, how
 * its KPIs stand, its next milestone. Cards ask for it as they are drawn; the asks of one
 * render are read together, in one transaction through the `productId` indexes (a KPI's
 * latest value from its trend, as the health view reads it), and kept while cards come and
 * go. So a search that redraws the board, or a scroll that brings cards back, reads nothing
 * again, and a board of any size costs a few reads per batch of cards drawn.
 *
 * A change to checklists, KPIs, their values or milestones reads the cards on screen again
 * (showing what they had until then) and forgets the rest.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { checklistProgress, type ChecklistProgress } from '../../../shared/domain/playbook';
import { kpiStatus, summarizeKpiStatuses, type KpiSummary } from '../../../shared/domain/kpi';
import { nextMilestone, type NextMilestone } from '../../../shared/domain/milestones';
import type { ChecklistItem, Milestone, Product } from '../../../shared/domain/product';
import { latestValue } from '../../../shared/domain/kpi-trend';
import { groupByProduct } from '../../../shared/plan-file/product-facts';
import type { PlannerDb } from './database';
import { watchTables } from './search-source';

export interface CardSummary {
  checklist: ChecklistProgress;
  kpis: KpiSummary;
  next: NextMilestone<Milestone> | null;
}

/** A product's records a summary is made of; the stage and the day are applied when shown. */
export interface CardFacts {
  checklistItems: ChecklistItem[];
  kpis: KpiSummary;
  milestones: Milestone[];
}

/**
 * Every product's records, asked for at once and each product's in one request (a `getAll`
 * through the index). One cursor over all of them (`anyOf`) costs the page an event per
 * record: at L, 30 cards' 230 records took 34–69 ms that way on an idle page and 13–20 ms
 * this way, and a search's batches of new cards 90–403 ms against 37–177 ms.
 */
async function eachProduct<T>(
  ids: readonly string[],
  read: (id: string) => Promise<T[]>,
): Promise<T[]> {
  return (await Promise.all(ids.map(read))).flat();
}

/** The facts of each product asked for, read in one transaction. */
export async function readCardFacts(
  db: PlannerDb,
  productIds: readonly string[],
): Promise<Map<string, CardFacts>> {
  const ids = [...new Set(productIds)];
  return db.transaction(
    'r',
    [db.checklistItems, db.kpis, db.kpiTrends, db.milestones],
    async () => {
      const [items, kpis, milestones] = await Promise.all([
        eachProduct(ids, (id) => db.checklistItems.where('productId').equals(id).toArray()),
        eachProduct(ids, (id) => db.kpis.where('productId').equals(id).toArray()),
        eachProduct(ids, (id) => db.milestones.where('productId').equals(id).toArray()),
      ]);
      // A KPI's trend ends with its latest value, kept as values change: one request for every
      // KPI of the batch, where reading each KPI's latest value took two.
      const trends = await db.kpiTrends.bulkGet(kpis.map((kpi) => kpi.id));
      const statuses = groupByProduct(
        kpis.map((kpi, i) => {
          const trend = trends[i];
          const value = trend ? latestValue(trend) : undefined;
          return {
            productId: kpi.productId,
            status: kpiStatus(kpi, value === undefined ? null : { value }),
          };
        }),
      );
      const itemsOf = groupByProduct(items);
      const milestonesOf = groupByProduct(milestones);
      return new Map(
        ids.map((id) => [
          id,
          {
            checklistItems: itemsOf.get(id) ?? [],
            kpis: summarizeKpiStatuses((statuses.get(id) ?? []).map((s) => s.status)),
            milestones: milestonesOf.get(id) ?? [],
          },
        ]),
      );
    },
  );
}

export function summarizeCard(facts: CardFacts, stage: Product['stage'], today: string) {
  return {
    checklist: checklistProgress(facts.checklistItems, stage),
    kpis: facts.kpis,
    next: nextMilestone(facts.milestones, today),
  } satisfies CardSummary;
}

interface Entry {
  facts: CardFacts | undefined;
  listeners: Set<() => void>;
}

/** The summaries of one database's cards: batched reads, kept until a change. */
export class CardFactsStore {
  private readonly entries = new Map<string, Entry>();
  private readonly wanted = new Set<string>();
  private flushing = false;
  /** Bumped by every change, so a read that began before it is read again. */
  private version = 0;

  constructor(private readonly db: PlannerDb) {
    watchTables(db, ['checklistItems', 'kpis', 'kpiValues', 'milestones'], () => this.changed());
  }

  facts(productId: string): CardFacts | undefined {
    return this.entries.get(productId)?.facts;
  }

  subscribe(productId: string, listener: () => void): () => void {
    let entry = this.entries.get(productId);
    if (!entry) {
      entry = { facts: undefined, listeners: new Set() };
      this.entries.set(productId, entry);
    }
    entry.listeners.add(listener);
    if (!entry.facts) this.want(productId);
    else {
      // Kept from before: given without a read, but after the subscriber's own render.
      const kept = entry;
      queueMicrotask(() => kept.listeners.has(listener) && listener());
    }
    return () => {
      entry.listeners.delete(listener);
    };
  }

  private changed(): void {
    this.version += 1;
    for (const [id, entry] of this.entries) {
      if (entry.listeners.size > 0) this.want(id);
      else this.entries.delete(id);
    }
  }

  private want(productId: string): void {
    this.wanted.add(productId);
    this.schedule();
  }

  private schedule(): void {
    if (this.flushing || this.wanted.size === 0) return;
    this.flushing = true;
    // Every card drawn in one render subscribes before this runs: one read for all of them.
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    // Cards that left before their read (the board swapped for another view, a search that
    // hid them) are not read: at L such reads held up the reads of the view that replaced it.
    const ids: string[] = [];
    for (const id of this.wanted) {
      const entry = this.entries.get(id);
      if (entry && entry.listeners.size > 0) ids.push(id);
      else if (entry && !entry.facts) this.entries.delete(id);
    }
    this.wanted.clear();
    if (ids.length === 0) {
      this.flushing = false;
      return;
    }
    const version = this.version;
    try {
      const read = await readCardFacts(this.db, ids);
      for (const [id, facts] of read) {
        const entry = this.entries.get(id);
        if (!entry) continue;
        entry.facts = facts;
        for (const listener of entry.listeners) listener();
      }
      if (version !== this.version) for (const id of ids) this.wanted.add(id);
    } catch (error) {
      // The cards keep what they showed (or show no signals); the next change reads again.
      console.error('Could not read the cards’ checklists, KPIs and milestones', error);
    } finally {
      this.flushing = false;
      this.schedule();
    }
  }
}

const stores = new WeakMap<PlannerDb, CardFactsStore>();

export function cardFactsStore(db: PlannerDb): CardFactsStore {
  let store = stores.get(db);
  if (!store) {
    store = new CardFactsStore(db);
    stores.set(db, store);
  }
  return store;
}

/**
 * Whether cards drawn now wait for facts already kept. During a drag they do: a card the drag
 * moved to another column, drawn at its full height at once, changed the positions the drag
 * library was measuring against, which fed its measuring back into React until it gave up.
 */
let keptFactsHeld = false;

/** The board holds kept facts from a drag's start until its preview gives way (useBoardDrag). */
export function holdKeptFacts(hold: boolean): void {
  keptFactsHeld = hold;
}

/**
 * The summary of one card. A card drawn again (scrolled back, or shown again by a search) is
 * drawn with what is kept, so it has its final height in the frame that shows it, except during
 * a drag (above). Facts not kept yet come after the card is drawn, as a live query gives them.
 */
export function useCardSummary(
  db: PlannerDb,
  product: Pick<Product, 'id' | 'stage'>,
  today: string,
): CardSummary | undefined {
  const store = cardFactsStore(db);
  const [shown, setShown] = useState<{ id: string; facts: CardFacts } | null>(() => {
    const kept = keptFactsHeld ? undefined : store.facts(product.id);
    return kept ? { id: product.id, facts: kept } : null;
  });
  // What the card was drawn with: the store's call giving the same facts redraws nothing.
  const given = useRef(shown?.facts);
  useEffect(
    () =>
      store.subscribe(product.id, () => {
        const facts = store.facts(product.id);
        if (!facts || facts === given.current) return;
        given.current = facts;
        // As a transition: a key press or a drag step never waits for cards to be redrawn
        // with their signals, which would otherwise be drawn within that event's own render.
        startTransition(() => setShown({ id: product.id, facts }));
      }),
    [store, product.id],
  );
  const facts = shown?.id === product.id ? shown.facts : undefined;
  return useMemo(
    () => (facts ? summarizeCard(facts, product.stage, today) : undefined),
    [facts, product.stage, today],
  );
}
