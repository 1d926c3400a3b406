import { describe, expect, it } from 'vitest';
import {
  CardFactsStore,
  readCardFacts,
  summarizeCard,
} from '../../../../renderer/src/db/card-summary';
import { addChecklistItem, updateChecklistItem } from '../../../../renderer/src/db/checklists';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  createKpi,
  deleteKpiValue,
  recordKpiValue,
  updateKpiValue,
} from '../../../../renderer/src/db/kpis';
import { createMilestone } from '../../../../renderer/src/db/milestones';
import { createProduct } from '../../../../renderer/src/db/products';
import type { ChecklistItem } from '../../../../shared/domain/product';
import type { Kpi, KpiValue } from '../../../../shared/domain/workspace';
import { makeDb, makeDraft, makePlan } from './factories';

async function product(db: PlannerDb, planId: string, name: string) {
  const [change] = await createProduct(db, planId, makeDraft({ name }));
  return change?.after as { id: string };
}

async function kpi(db: PlannerDb, productId: string, target: number) {
  const draft = { name: 'Active users', unit: 'users', target, direction: 'higher' } as const;
  const [change] = await createKpi(db, productId, draft);
  return change?.after as Kpi;
}

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected the facts to have been read');
  return value;
}

/** Resolves once the listener has been called `times` times. */
function calls(times: number) {
  let count = 0;
  let done: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (done = resolve));
  return {
    listener: () => {
      count += 1;
      if (count === times) done();
    },
    reached,
  };
}

describe('board card summaries', () => {
  it('reads several products at once, each with only its own records', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const busy = await product(db, plan.id, 'Busy');
    const quiet = await product(db, plan.id, 'Quiet');
    // New products start in Ideation with its checklist; these are for later stages.
    await addChecklistItem(db, busy.id, 'growth', 'Start an experiments log');
    const [second] = await addChecklistItem(db, busy.id, 'growth', 'Set a pricing test');
    await updateChecklistItem(db, (second?.after as ChecklistItem).id, { done: true });
    await addChecklistItem(db, busy.id, 'maturity', 'Review the cost to serve');
    const onTrack = await kpi(db, busy.id, 100);
    const offTrack = await kpi(db, busy.id, 100);
    await recordKpiValue(db, onTrack.id, { date: '2026-01-01', value: 50 });
    await recordKpiValue(db, onTrack.id, { date: '2026-02-01', value: 150 });
    await recordKpiValue(db, offTrack.id, { date: '2026-02-01', value: 10 });
    await createMilestone(db, busy.id, { title: 'Beta', date: '2026-03-01' });
    await createMilestone(db, busy.id, { title: 'Launch', date: '2026-06-01' });

    // Another product with records of every kind, asked for after the rest.
    const other = await product(db, plan.id, 'Other');
    await addChecklistItem(db, other.id, 'growth', 'Price the second tier');
    await recordKpiValue(db, (await kpi(db, other.id, 100)).id, { date: '2026-02-01', value: 120 });
    await createMilestone(db, other.id, { title: 'Tier two', date: '2026-05-01' });

    const facts = await readCardFacts(db, [busy.id, quiet.id, 'no-such-product', other.id]);
    const summary = summarizeCard(present(facts.get(busy.id)), 'growth', '2026-04-01');
    expect(summary.checklist).toEqual({ done: 1, total: 2 });
    expect(summary.kpis).toMatchObject({ status: 'off-track', onTrack: 1, offTrack: 1, total: 2 });
    expect(summary.next).toMatchObject({ milestone: { title: 'Beta' }, overdue: true });
    // The stage and the day are the card's: the same facts in Maturity, before Beta was due.
    const later = summarizeCard(present(facts.get(busy.id)), 'maturity', '2026-02-15');
    expect(later.checklist).toEqual({ done: 0, total: 1 });
    expect(later.next).toMatchObject({ milestone: { title: 'Beta' }, overdue: false, days: 14 });
    const others = summarizeCard(present(facts.get(other.id)), 'growth', '2026-04-01');
    expect(others.checklist).toEqual({ done: 0, total: 1 });
    expect(others.kpis).toMatchObject({ status: 'on-track', onTrack: 1, total: 1 });
    expect(others.next).toMatchObject({ milestone: { title: 'Tier two' }, overdue: false });
    for (const id of [quiet.id, 'no-such-product']) {
      const empty = summarizeCard(present(facts.get(id)), 'growth', '2026-04-01');
      expect(empty).toMatchObject({ checklist: { total: 0 }, kpis: { total: 0 }, next: null });
    }
  });

  it("follows a KPI's latest value by date as values are recorded, edited and deleted", async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const card = await product(db, plan.id, 'Measured');
    const measured = await kpi(db, card.id, 100);
    const status = async () => (await readCardFacts(db, [card.id])).get(card.id)?.kpis.status;
    const [february] = await recordKpiValue(db, measured.id, { date: '2026-02-01', value: 150 });
    expect(await status()).toBe('on-track');
    // Recorded later but dated earlier: February's value is still the latest.
    const [january] = await recordKpiValue(db, measured.id, { date: '2026-01-01', value: 120 });
    const [december] = await recordKpiValue(db, measured.id, { date: '2025-12-01', value: 5 });
    expect(await status()).toBe('on-track');
    const februaryId = (february?.after as KpiValue).id;
    await updateKpiValue(db, februaryId, { value: 50 });
    expect(await status()).toBe('off-track');
    await deleteKpiValue(db, februaryId);
    expect(await status()).toBe('on-track');
    // Dated back before December's, January's value is no longer the latest: December's is.
    const januaryId = (january?.after as KpiValue).id;
    await updateKpiValue(db, januaryId, { date: '2025-11-01' });
    expect(await status()).toBe('off-track');
    await deleteKpiValue(db, januaryId);
    await deleteKpiValue(db, (december?.after as KpiValue).id);
    expect(await status()).toBe('no-data');
  });

  it('gives each card its facts, and reads a shown card again after a change', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const shown = await product(db, plan.id, 'Shown');
    const measured = await kpi(db, shown.id, 100);
    const store = new CardFactsStore(db);
    const first = calls(1);
    const stop = store.subscribe(shown.id, first.listener);
    await first.reached;
    expect(store.facts(shown.id)?.kpis.status).toBe('no-data');

    // A second card of the same product gets what is kept, without a read, and then the change.
    const seen: (string | undefined)[] = [];
    const stopAgain = store.subscribe(shown.id, () =>
      seen.push(store.facts(shown.id)?.kpis.status),
    );
    await expect.poll(() => seen).toEqual(['no-data']);
    await recordKpiValue(db, measured.id, { date: '2026-02-01', value: 150 });
    await expect.poll(() => seen).toEqual(['no-data', 'on-track']);
    expect(store.facts(shown.id)?.kpis.status).toBe('on-track');
    stop();
    stopAgain();
  });

  it('does not read a card that left before its read began', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const left = await product(db, plan.id, 'Left at once');
    const stayed = await product(db, plan.id, 'Stayed');
    const store = new CardFactsStore(db);
    const read = calls(1);
    store.subscribe(left.id, () => undefined)();
    const stop = store.subscribe(stayed.id, read.listener);
    await read.reached;
    expect(store.facts(stayed.id)).toBeDefined();
    expect(store.facts(left.id)).toBeUndefined();
    // Drawn again later, it is read then.
    const back = calls(1);
    store.subscribe(left.id, back.listener);
    await back.reached;
    expect(store.facts(left.id)).toBeDefined();
    stop();
  });

  it('forgets the facts of cards no longer shown once something changes', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const gone = await product(db, plan.id, 'Scrolled away');
    const store = new CardFactsStore(db);
    const read = calls(1);
    const stop = store.subscribe(gone.id, read.listener);
    await read.reached;
    stop();
    // Kept while nothing changes: a card scrolled back into view shows at once.
    expect(store.facts(gone.id)).toBeDefined();
    await addChecklistItem(db, gone.id, 'growth', 'Start an experiments log');
    await expect.poll(() => store.facts(gone.id)).toBeUndefined();
    // Shown again, it is read afresh, with the new item.
    const reread = calls(1);
    store.subscribe(gone.id, reread.listener);
    await reread.reached;
    expect(
      summarizeCard(present(store.facts(gone.id)), 'growth', '2026-01-01').checklist.total,
    ).toBe(1);
  });
});
