import { describe, expect, it } from 'vitest';
import {
  backingByBacklogItem,
  backingLabel,
  backingOf,
  customerKey,
  filterByStatus,
  groupByMoscow,
  isStatusFilter,
  shippedFollowUps,
  sortBacklog,
  statusChange,
  whoToTell,
} from '../../../shared/domain/backlog';
import type {
  BacklogItem,
  BacklogStatus,
  Feedback,
  Moscow,
} from '../../../shared/domain/workspace';

let seq = 0;
function backlogItem(overrides: Partial<BacklogItem> = {}): BacklogItem {
  seq += 1;
  return {
    id: `f${seq}`,
    planId: 'plan',
    productId: 'product',
    title: `Item ${seq}`,
    description: '',
    status: 'idea',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: `a${seq}`,
    horizon: null,
    milestoneId: null,
    releaseId: null,
    shippedOn: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function entry(overrides: Partial<Feedback> = {}): Feedback {
  seq += 1;
  return {
    id: `e${seq}`,
    planId: 'plan',
    productId: 'product',
    source: 'interview',
    customer: '',
    quote: 'Something',
    date: '2026-02-01',
    sentiment: 'neutral',
    backlogItemId: null,
    notifiedAt: null,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

const rice = (reach: number, effort: number) =>
  ({ reach, impact: 1, confidence: 100, effort }) as const;

describe('sortBacklog', () => {
  const low = backlogItem({ title: 'low', rank: 'a2', ...rice(10, 1) });
  const unscoredFirst = backlogItem({ title: 'unscored first', rank: 'a0' });
  const high = backlogItem({ title: 'high', rank: 'a3', ...rice(100, 1) });
  const tieLater = backlogItem({ title: 'tie later', rank: 'a5', ...rice(20, 2) });
  const tieEarlier = backlogItem({ title: 'tie earlier', rank: 'a1', ...rice(10, 1) });
  const unscoredLast = backlogItem({ title: 'unscored last', rank: 'a4', effort: 0 });
  const items = [low, unscoredFirst, high, tieLater, tieEarlier, unscoredLast];

  it.each([
    ['manual', ['unscored first', 'tie earlier', 'low', 'high', 'unscored last', 'tie later']],
    ['score', ['high', 'tie earlier', 'low', 'tie later', 'unscored first', 'unscored last']],
  ] as const)('by %s', (sort, expected) => {
    expect(sortBacklog(items, sort).map((f) => f.title)).toEqual(expected);
  });

  it('leaves the given list alone', () => {
    const copy = [...items];
    sortBacklog(items, 'score');
    expect(items).toEqual(copy);
  });
});

describe('groupByMoscow', () => {
  it('lists Must, Should, Could, Won’t, then Not set, only groups with items, order kept', () => {
    const make = (moscow: Moscow | null, title: string) => backlogItem({ moscow, title });
    const items = [
      make(null, 'n1'),
      make('could', 'c1'),
      make('must', 'm1'),
      make('wont', 'w1'),
      make('must', 'm2'),
      make(null, 'n2'),
    ];
    expect(
      groupByMoscow(items).map((g) => [g.moscow, g.label, g.items.map((f) => f.title)]),
    ).toEqual([
      ['must', 'Must have', ['m1', 'm2']],
      ['could', 'Could have', ['c1']],
      ['wont', "Won't have", ['w1']],
      [null, 'Not set', ['n1', 'n2']],
    ]);
  });

  it('gives no groups for an empty backlog', () => {
    expect(groupByMoscow([])).toEqual([]);
  });
});

describe('filterByStatus', () => {
  const statuses: BacklogStatus[] = ['idea', 'planned', 'in-progress', 'shipped', 'wont-do'];
  const items = statuses.map((status) => backlogItem({ status, title: status }));

  it.each([
    ['all', statuses],
    ['idea', ['idea']],
    ['shipped', ['shipped']],
    ['wont-do', ['wont-do']],
  ] as const)('%s', (filter, expected) => {
    expect(filterByStatus(items, filter).map((f) => f.title)).toEqual(expected);
  });

  it.each([
    ['all', true],
    ['in-progress', true],
    ['done', false],
    ['', false],
  ])('recognises %j as a filter: %s', (value, expected) => {
    expect(isStatusFilter(value)).toBe(expected);
  });
});

describe('customerKey', () => {
  it.each([
    ['Acme Corp', 'acmecorp'],
    ['  acme   corp ', 'acmecorp'],
    ['ACME\tCORP', 'acmecorp'],
    ['AcmeCorp', 'acmecorp'],
    ['Ａｃｍｅ Corp', 'acmecorp'],
    ['   ', ''],
  ])('%j → %j', (given, expected) => {
    expect(customerKey(given)).toBe(expected);
  });
});

describe('backingByBacklogItem', () => {
  it('counts entries and distinct named customers per item', () => {
    const backing = backingByBacklogItem([
      entry({ backlogItemId: 'a', customer: 'Acme Corp' }),
      entry({ backlogItemId: 'a', customer: ' acme  corp' }),
      entry({ backlogItemId: 'a', customer: 'Globex' }),
      entry({ backlogItemId: 'a', customer: '' }),
      entry({ backlogItemId: 'b', customer: 'Acme Corp' }),
      entry({ backlogItemId: null, customer: 'Initech' }),
    ]);
    expect(backingOf(backing, 'a')).toEqual({ entries: 4, customers: 2 });
    expect(backingOf(backing, 'b')).toEqual({ entries: 1, customers: 1 });
    expect(backingOf(backing, 'nothing')).toEqual({ entries: 0, customers: 0 });
    expect(backing.size).toBe(2);
  });

  it.each([
    [{ entries: 0, customers: 0 }, '0 entries · 0 customers'],
    [{ entries: 1, customers: 1 }, '1 entry · 1 customer'],
    [{ entries: 1200, customers: 2 }, '1,200 entries · 2 customers'],
  ])('labels %j as %s', (backing, expected) => {
    expect(backingLabel(backing)).toBe(expected);
  });
});

describe('whoToTell', () => {
  it('lists each distinct customer once, by name, told or not', () => {
    const list = whoToTell('ship', [
      entry({ backlogItemId: 'ship', customer: 'globex', date: '2026-01-05' }),
      entry({ backlogItemId: 'ship', customer: 'Acme  Corp', date: '2026-01-01' }),
      entry({ backlogItemId: 'ship', customer: 'acme corp', date: '2026-01-03' }),
      entry({
        backlogItemId: 'ship',
        customer: 'Ann',
        notifiedAt: '2026-03-01T10:00:00.000Z',
      }),
      entry({ backlogItemId: 'ship', customer: '' }),
      entry({ backlogItemId: 'other', customer: 'Initech' }),
    ]);
    expect(list.map((f) => [f.customer, f.entryIds.length, f.told, f.toldAt])).toEqual([
      ['Acme Corp', 2, false, null],
      ['Ann', 1, true, '2026-03-01T10:00:00.000Z'],
      ['globex', 1, false, null],
    ]);
  });

  it('is told only when every entry of the customer is, at the latest of their dates', () => {
    const partly = whoToTell('x', [
      entry({ backlogItemId: 'x', customer: 'Ann', notifiedAt: '2026-03-01T00:00:00.000Z' }),
      entry({ backlogItemId: 'x', customer: 'ann' }),
    ]);
    expect(partly[0]).toMatchObject({ told: false, toldAt: null });
    const fully = whoToTell('x', [
      entry({ backlogItemId: 'x', customer: 'Ann', notifiedAt: '2026-03-01T00:00:00.000Z' }),
      entry({ backlogItemId: 'x', customer: 'ann', notifiedAt: '2026-03-04T00:00:00.000Z' }),
    ]);
    expect(fully[0]).toMatchObject({ told: true, toldAt: '2026-03-04T00:00:00.000Z' });
  });

  it('is empty when nobody named asked', () => {
    expect(whoToTell('x', [entry({ backlogItemId: 'x' })])).toEqual([]);
  });
});

describe('shippedFollowUps', () => {
  it('lists shipped items with customers, the most recently shipped first', () => {
    const older = backlogItem({ title: 'older', status: 'shipped', shippedOn: '2026-01-01' });
    const newer = backlogItem({ title: 'newer', status: 'shipped', shippedOn: '2026-02-01' });
    const planned = backlogItem({ title: 'planned', status: 'planned' });
    const anonymous = backlogItem({
      title: 'anonymous',
      status: 'shipped',
      shippedOn: '2026-03-01',
    });
    const feedback = [
      entry({ backlogItemId: older.id, customer: 'Ann' }),
      entry({ backlogItemId: newer.id, customer: 'Bo' }),
      entry({ backlogItemId: planned.id, customer: 'Cy' }),
      entry({ backlogItemId: anonymous.id, customer: '' }),
    ];
    const result = shippedFollowUps([older, planned, newer, anonymous], feedback);
    expect(result.map((r) => [r.backlogItem.title, r.followUps.map((f) => f.customer)])).toEqual([
      ['newer', ['Bo']],
      ['older', ['Ann']],
    ]);
  });
});

describe('statusChange', () => {
  const today = '2026-05-04';
  it.each([
    ['shipping stamps today', { status: 'planned', shippedOn: null }, 'shipped', '2026-05-04'],
    [
      'a ship date already set is kept',
      { status: 'planned', shippedOn: '2026-01-02' },
      'shipped',
      '2026-01-02',
    ],
    [
      'still shipped keeps its date',
      { status: 'shipped', shippedOn: '2026-01-02' },
      'shipped',
      '2026-01-02',
    ],
    [
      'leaving shipped clears the date',
      { status: 'shipped', shippedOn: '2026-01-02' },
      'in-progress',
      null,
    ],
    ['other statuses carry no date', { status: 'idea', shippedOn: null }, 'wont-do', null],
  ] as const)('%s', (_name, before, status, shippedOn) => {
    expect(statusChange(before, status, today)).toEqual({ status, shippedOn });
  });
});
