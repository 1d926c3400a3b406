import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entriesOf,
  revisedRoadmapRow,
  roadmapRowOf,
  roadmapRowsOf,
  type RoadmapRow,
} from '../../../shared/domain/roadmap-row';
import {
  BACKLOG_STATUSES,
  HORIZONS,
  IMPACT_SCALE,
  MOSCOW,
  type BacklogItem,
} from '../../../shared/domain/workspace';
import { makeBacklogItem } from '../plan-file/factories';

// Each item of one product, and of an open status unless the test says otherwise.
const item = (id: string, overrides: Partial<BacklogItem> = {}): BacklogItem =>
  makeBacklogItem({ id, ...overrides });

describe('a product’s roadmap row', () => {
  it('keeps the fields the roadmap draws of each open item, and reads them back', () => {
    const scored = item('b', {
      title: 'Offline “sync”\nwith emoji 🚀',
      status: 'in-progress',
      moscow: 'must',
      reach: 1200,
      impact: 0.5,
      confidence: 80,
      effort: 1.5,
      rank: 'a1',
      horizon: 'now',
      milestoneId: 'm1',
    });
    const row = roadmapRowOf(scored, [item('c', { status: 'shipped' }), scored, item('a')]);
    const entries = row && entriesOf(row);
    expect(entries?.map((e) => e.id)).toEqual(['a', 'b']);
    const drawn = [
      'id',
      'productId',
      'title',
      'status',
      'moscow',
      'reach',
      'impact',
      'confidence',
      'effort',
      'rank',
      'horizon',
      'milestoneId',
    ] as const;
    const expected = Object.fromEntries(drawn.map((field) => [field, scored[field]]));
    expect(entries?.[1]).toEqual(expected);
    // Nothing of what the roadmap does not draw is kept.
    expect(row?.entries).not.toContain(scored.description);
  });

  it('keeps no row for a product without open items', () => {
    expect(roadmapRowOf(item('x'), [item('a', { status: 'wont-do' })])).toBeNull();
    const rows = roadmapRowsOf([item('a'), item('b', { productId: 'other' }), item('c')]);
    expect(rows.map((r) => [r.productId, entriesOf(r)?.length])).toEqual([
      ['p-1', 2],
      ['other', 1],
    ]);
  });

  it('is read again from the items when its stored form cannot be read', () => {
    const row = roadmapRowOf(item('a'), [item('a')]) as RoadmapRow;
    const broken = [
      '',
      '{}',
      '[["a"]]',
      JSON.stringify([['a', 'T', 'done', null, null, null, null, null, 'a0', null, null]]),
      JSON.stringify([['a', 'T', 'idea', null, -1, 7, null, null, 'a0', 'soon', null]]),
    ];
    for (const entries of broken) {
      expect(entriesOf({ ...row, entries })).toBeNull();
      expect(revisedRoadmapRow({ ...row, entries }, new Set(), [])).toBe('reread');
    }
  });

  it('refuses an entry with any one field of the wrong kind, and takes it with none', () => {
    const row = roadmapRowOf(item('a'), [item('a')]) as RoadmapRow;
    const good: unknown[] = ['a', 'T', 'idea', 'must', 10, 2, 80, 3, 'a0', 'now', 'm1'];
    expect(entriesOf({ ...row, entries: JSON.stringify([good]) })).toHaveLength(1);
    const nullable = [false, false, false, true, true, true, true, true, false, true, true];
    // A wrong value for each field in turn: a number for a string, a word outside its set.
    const wrong = [7, null, 'finished', 'maybe', '10', 7, '80', 'x', 1, 'soon', 2];
    wrong.forEach((value, at) => {
      const tuple = [...good];
      tuple[at] = value;
      expect(entriesOf({ ...row, entries: JSON.stringify([tuple]) }), `field ${at}`).toBeNull();
      tuple[at] = null;
      const readable = entriesOf({ ...row, entries: JSON.stringify([tuple]) }) !== null;
      expect(readable, `field ${at} as null`).toBe(nullable[at]);
    });
  });

  const changed = fc.record({
    id: fc.integer({ min: 0, max: 20 }).map((n) => `i${n}`),
    title: fc.string({ maxLength: 6 }),
    status: fc.constantFrom(...BACKLOG_STATUSES),
    moscow: fc.option(fc.constantFrom(...MOSCOW)),
    reach: fc.option(fc.nat(1000)),
    impact: fc.option(fc.constantFrom(...IMPACT_SCALE)),
    horizon: fc.option(fc.constantFrom(...HORIZONS)),
    milestoneId: fc.option(fc.constantFrom('m1', 'm2')),
  });
  const unique = (list: readonly BacklogItem[]) => [
    ...new Map(list.map((i) => [i.id, i])).values(),
  ];

  it('revised, equals the row of the items as they are now', () => {
    fc.assert(
      fc.property(
        fc.array(changed, { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 6 }),
        fc.array(changed, { maxLength: 6 }),
        (stored, removedNumbers, written) => {
          const before = unique(stored.map((c) => item(c.id, c)));
          const added = unique(written.map((c) => item(c.id, c)));
          const removed = new Set([
            ...removedNumbers.map((n) => `i${n}`),
            ...added.map((i) => i.id),
          ]);
          const after = [...before.filter((i) => !removed.has(i.id)), ...added];
          const row = roadmapRowOf(item('x'), before) ?? undefined;
          expect(revisedRoadmapRow(row, removed, added)).toEqual(roadmapRowOf(item('x'), after));
        },
      ),
      { numRuns: 300 },
    );
  });
});
