import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  adjacentHorizon,
  buildRoadmap,
  firstOfRoadmap,
  horizonOf,
  orderRoadmap,
  placeRoadmap,
  roadmapCounts,
  productTags,
} from '../../../shared/domain/roadmap';
import {
  HORIZONS,
  type BacklogItem,
  type BacklogStatus,
  type Horizon,
} from '../../../shared/domain/workspace';
import { T0, makeProduct } from '../plan-file/factories';

function makeBacklogItem(overrides: Partial<BacklogItem> = {}): BacklogItem {
  return {
    id: 'f-1',
    planId: 'plan-1',
    productId: 'p-1',
    title: 'Bank rules',
    description: '',
    status: 'idea',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: 'a0',
    horizon: null,
    milestoneId: null,
    releaseId: null,
    shippedOn: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

const TODAY = '2026-03-01';

describe('horizonOf', () => {
  it.each<[string, BacklogStatus, Horizon | null, string | null, Horizon]>([
    ['an idea is Later', 'idea', null, null, 'later'],
    ['planned work is Next', 'planned', null, null, 'next'],
    ['work in progress is Now', 'in-progress', null, null, 'now'],
    ['work in progress stays Now whatever its milestone', 'in-progress', null, '2027-01-01', 'now'],
    ['a milestone within 30 days is Now', 'planned', null, '2026-03-31', 'now'],
    ['a milestone in 31 days is Next', 'planned', null, '2026-04-01', 'next'],
    ['a milestone in 90 days is Next', 'planned', null, '2026-05-30', 'next'],
    ['a milestone in 91 days is Later', 'planned', null, '2026-05-31', 'later'],
    ['an overdue milestone is Now', 'idea', null, '2026-02-01', 'now'],
    ['a placed item keeps its place', 'in-progress', 'later', null, 'later'],
    ['a placed item ignores its milestone', 'planned', 'next', '2026-03-02', 'next'],
  ])('%s', (_, status, horizon, milestoneDate, expected) => {
    expect(horizonOf({ status, horizon }, milestoneDate, TODAY)).toBe(expected);
  });
});

describe('adjacentHorizon', () => {
  it.each<[Horizon, -1 | 1, Horizon | null]>([
    ['now', 1, 'next'],
    ['next', 1, 'later'],
    ['later', 1, null],
    ['now', -1, null],
    ['later', -1, 'next'],
  ])('%s %i → %s', (from, step, to) => expect(adjacentHorizon(from, step)).toBe(to));
});

describe('buildRoadmap', () => {
  const scanner = makeProduct({ id: 'p-1', name: 'Scanner', tags: ['Mobile', 'AI'] });
  const ledger = makeProduct({ id: 'p-2', name: 'Ledger', tags: ['desktop'] });
  const retired = makeProduct({ id: 'p-3', name: 'Old', archived: true, tags: ['legacy'] });
  const backlogItems = [
    makeBacklogItem({
      id: 'a',
      status: 'in-progress',
      reach: 100,
      impact: 1,
      confidence: 100,
      effort: 1,
    }),
    makeBacklogItem({
      id: 'b',
      status: 'in-progress',
      reach: 900,
      impact: 1,
      confidence: 100,
      effort: 1,
    }),
    makeBacklogItem({ id: 'c', status: 'in-progress' }),
    makeBacklogItem({ id: 'd', productId: 'p-2', status: 'planned', moscow: 'must' }),
    makeBacklogItem({ id: 'e', productId: 'p-2', status: 'shipped' }),
    makeBacklogItem({ id: 'f', productId: 'p-2', status: 'wont-do' }),
    makeBacklogItem({ id: 'g', productId: 'p-3', status: 'idea' }),
    makeBacklogItem({ id: 'h', status: 'idea', milestoneId: 'm-1' }),
  ];
  const dates = new Map([['m-1', '2026-03-10']]);
  const ids = (items: { backlogItem: { id: string } }[]) =>
    items.map((item) => item.backlogItem.id);

  it('puts open items of live products in their column, highest score first', () => {
    const columns = buildRoadmap(backlogItems, [scanner, ledger, retired], dates, NO_FILTER, TODAY);
    expect(ids(columns.now)).toEqual(['b', 'a', 'c', 'h']);
    expect(ids(columns.next)).toEqual(['d']);
    expect(ids(columns.later)).toEqual([]);
    expect(columns.now.every((item) => item.horizon === 'now')).toBe(true);
  });

  it('orders items of one score by their backlog rank, then by id', () => {
    const rice = { reach: 100, impact: 1, confidence: 100, effort: 1 } as const;
    const items = [
      makeBacklogItem({ id: 'late', status: 'idea', rank: 'a2' }),
      makeBacklogItem({ id: 'y', status: 'idea', rank: 'a1' }),
      makeBacklogItem({ id: 'x', status: 'idea', rank: 'a1' }),
      makeBacklogItem({ id: 'scored-2', status: 'idea', rank: 'a3', ...rice }),
      makeBacklogItem({ id: 'scored-1', status: 'idea', rank: 'a0', ...rice }),
    ];
    const { later } = buildRoadmap(items, [scanner], dates, NO_FILTER, TODAY);
    expect(ids(later)).toEqual(['scored-1', 'scored-2', 'x', 'y', 'late']);
  });

  it('filters by product, by tag (any case) and by MoSCoW', () => {
    const all = [scanner, ledger, retired];
    const byProduct = buildRoadmap(
      backlogItems,
      all,
      dates,
      { ...NO_FILTER, productId: 'p-2' },
      TODAY,
    );
    expect(ids([...byProduct.now, ...byProduct.next])).toEqual(['d']);
    const byTag = buildRoadmap(backlogItems, all, dates, { ...NO_FILTER, tag: 'mobile' }, TODAY);
    expect(ids(byTag.now)).toEqual(['b', 'a', 'c', 'h']);
    const musts = buildRoadmap(backlogItems, all, dates, { ...NO_FILTER, moscow: 'must' }, TODAY);
    expect(ids([...musts.now, ...musts.next, ...musts.later])).toEqual(['d']);
    const unset = buildRoadmap(backlogItems, all, dates, { ...NO_FILTER, moscow: 'unset' }, TODAY);
    expect(ids([...unset.now, ...unset.next])).toEqual(['b', 'a', 'c', 'h']);
  });

  it('lists the tags of live products once each, sorted', () => {
    expect(productTags([scanner, ledger, retired, makeProduct({ tags: ['ai'] })])).toEqual([
      'AI',
      'desktop',
      'Mobile',
    ]);
  });

  it('finds the first items of each column exactly as the whole order begins', () => {
    // Few scores, ranks and horizons, so that many items tie on score and on rank.
    const item = fc.record({
      score: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
      rank: fc.constantFrom('a0', 'a1', 'a2'),
      horizon: fc.constantFrom(...HORIZONS),
      product: fc.constantFrom('p-1', 'p-2'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.nat(70), (specs, count) => {
        const items = specs.map((spec, i) =>
          makeBacklogItem({
            // Ids not in the order the items come in, so the last tie-break is exercised.
            id: `i-${(i * 37) % 101}-${i}`,
            productId: spec.product,
            status: 'idea',
            horizon: spec.horizon,
            rank: spec.rank,
            ...(spec.score === null
              ? { reach: null }
              : { reach: spec.score, impact: 1, confidence: 100, effort: 1 }),
          }),
        );
        const placed = placeRoadmap(items, [scanner, ledger], dates, NO_FILTER, TODAY);
        const whole = orderRoadmap(placed);
        const first = firstOfRoadmap(placed, count);
        expect(whole).toEqual(buildRoadmap(items, [scanner, ledger], dates, NO_FILTER, TODAY));
        for (const horizon of HORIZONS) {
          expect(ids(first[horizon])).toEqual(ids(whole[horizon]).slice(0, count));
          expect(roadmapCounts(placed)[horizon]).toBe(whole[horizon].length);
        }
        expect(whole.now.length + whole.next.length + whole.later.length).toBe(items.length);
      }),
    );
  });
});
