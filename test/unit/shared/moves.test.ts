import fc from 'fast-check';
import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import {
  daysInStage,
  formatDays,
  historyAfterMove,
  neighbourBefore,
  placeAt,
  rankAtEnd,
  sortByRank,
  stepTarget,
  type Ranked,
  isValidRank,
} from '../../../shared/domain/moves';
import { STAGES, adjacentStage, type Stage } from '../../../shared/domain/lifecycle';

const col = (...ranks: string[]): Ranked[] => ranks.map((rank, i) => ({ id: `p${i}`, rank }));

describe('placeAt', () => {
  it('puts an item between its neighbours so sorting by rank keeps the order', () => {
    const column = col('a0', 'a1', 'a2');
    for (let index = 0; index <= column.length; index += 1) {
      const { rank, reranked } = placeAt(column, index);
      expect(reranked).toEqual([]);
      const after = sortByRank([...column, { id: 'new', rank }]);
      expect(after.findIndex((x) => x.id === 'new')).toBe(index);
    }
  });

  it('clamps an index past either end', () => {
    const column = col('a0', 'a1');
    expect(placeAt(column, -5).rank < 'a0').toBe(true);
    expect(placeAt(column, 99).rank > 'a1').toBe(true);
  });

  it('re-spreads a column whose neighbours share a rank (as after a merge)', () => {
    const column = col('a0', 'a1', 'a1', 'a2');
    const { rank, reranked } = placeAt(column, 2);
    expect(reranked.length).toBeGreaterThan(0);
    const ranks = new Map(column.map((item) => [item.id, item.rank]));
    for (const item of reranked) ranks.set(item.id, item.rank);
    const final = sortByRank([
      ...column.map((item) => ({ id: item.id, rank: ranks.get(item.id) as string })),
      { id: 'new', rank },
    ]);
    expect(final.map((x) => x.id)).toEqual(['p0', 'p1', 'new', 'p2', 'p3']);
    expect(new Set(final.map((x) => x.rank)).size).toBe(final.length);
  });

  it('survives many inserts at the same spot without running out of room', () => {
    let column = col('a0', 'a1');
    for (let i = 0; i < 200; i += 1) {
      const { rank } = placeAt(column, 1);
      column = sortByRank([...column, { id: `n${i}`, rank }]);
      expect(column[1]?.id).toBe(`n${i}`);
    }
  });

  it('gives new products a rank after every existing one', () => {
    expect(rankAtEnd(col('a5', 'a0', 'a9')) > 'a9').toBe(true);
    expect(typeof rankAtEnd([])).toBe('string');
  });
});

describe('sortByRank', () => {
  it('breaks rank ties by id so every copy of a plan shows the same order', () => {
    const items = [
      { id: 'b', rank: 'a0' },
      { id: 'a', rank: 'a0' },
    ];
    expect(sortByRank(items).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('stepTarget', () => {
  const columns: Record<Stage, Ranked[]> = {
    ideation: col('a0', 'a1', 'a2'),
    development: col('a0'),
    launch: [],
    growth: [],
    maturity: [],
    decline: col('a0'),
  };
  const columnOf = (stage: Stage) => columns[stage];

  it.each([
    ['up', 'p1', 'ideation', { stage: 'ideation', index: 0 }],
    ['down', 'p1', 'ideation', { stage: 'ideation', index: 2 }],
    ['up', 'p0', 'ideation', null],
    ['down', 'p2', 'ideation', null],
    ['left', 'p0', 'ideation', null],
    ['right', 'p0', 'decline', null],
    ['right', 'p0', 'ideation', { stage: 'development', index: 0 }],
    ['right', 'p2', 'ideation', { stage: 'development', index: 1 }],
    ['left', 'p0', 'development', { stage: 'ideation', index: 0 }],
  ] as const)('%s from %s in %s', (direction, id, stage, expected) => {
    expect(stepTarget({ id, stage }, direction, columnOf)).toEqual(expected);
  });

  it('walks right through every stage in lifecycle order', () => {
    const visited: Stage[] = ['ideation'];
    let stage: Stage | null = 'ideation';
    while ((stage = adjacentStage(stage, 1))) visited.push(stage);
    expect(visited).toEqual([...STAGES]);
  });
});

describe('neighbourBefore', () => {
  const shown = col('a0', 'a1', 'a2');
  it.each([
    [0, null],
    [1, 'p0'],
    [3, 'p2'],
    [9, 'p2'],
  ])('index %i lands after %s', (index, expected) => {
    expect(neighbourBefore(shown, index)).toBe(expected);
  });
});

describe('stage history', () => {
  it('records the date of entering a new stage and nothing for a move within a stage', () => {
    const history = [{ stage: 'ideation' as const, enteredAt: '2026-01-01T00:00:00.000Z' }];
    expect(historyAfterMove(history, 'ideation', 'ideation', '2026-02-01T00:00:00.000Z')).toEqual(
      history,
    );
    expect(historyAfterMove(history, 'ideation', 'launch', '2026-02-01T00:00:00.000Z')).toEqual([
      ...history,
      { stage: 'launch', enteredAt: '2026-02-01T00:00:00.000Z' },
    ]);
  });

  it('counts whole days in the current stage from its last entry', () => {
    const product = {
      stage: 'growth' as const,
      createdAt: '2025-01-01T00:00:00.000Z',
      stageHistory: [
        { stage: 'ideation' as const, enteredAt: '2025-01-01T00:00:00.000Z' },
        { stage: 'growth' as const, enteredAt: '2026-03-01T12:00:00.000Z' },
      ],
    };
    expect(daysInStage(product, new Date('2026-03-11T11:59:00.000Z'))).toBe(9);
    expect(daysInStage(product, new Date('2026-03-11T12:00:00.000Z'))).toBe(10);
    // A clock set behind the stored date never shows a negative age.
    expect(daysInStage(product, new Date('2026-01-01T00:00:00.000Z'))).toBe(0);
  });

  it.each([
    [0, 'today'],
    [1, '1 day'],
    [12, '12 days'],
    [59, '59 days'],
    [90, '2 months'],
    [800, '2 years'],
  ])('%i days reads "%s"', (days, text) => {
    expect(formatDays(days)).toBe(text);
  });
});

describe('isValidRank', () => {
  /** What the ranking library itself accepts: it throws when asked for a key after a bad one. */
  const libraryAccepts = (rank: string) => {
    try {
      generateKeyBetween(rank, null);
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    ['a0', true],
    ['a1V', true],
    ['Zz', true],
    ['b12', true],
    ['a10', false],
    ['!', false],
    ['', false],
    [' a0', false],
    ['a', false],
    [`A${'0'.repeat(26)}`, false],
    [`a${'V'.repeat(1_000)}`, false],
  ])('%j is a rank: %s', (rank, valid) => {
    expect(isValidRank(rank)).toBe(valid);
  });

  it('agrees with the ranking library on keys of its digits', () => {
    const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const key = fc
      .array(fc.constantFrom(...digits), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(key, (rank) => {
        expect(isValidRank(rank)).toBe(libraryAccepts(rank));
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts every key the library makes, so a move never yields a rank a file refuses', () => {
    let rank: string | null = null;
    for (let i = 0; i < 200; i += 1) {
      rank = generateKeyBetween(rank, null);
      expect(isValidRank(rank)).toBe(true);
      expect(isValidRank(generateKeyBetween(null, rank))).toBe(true);
    }
  });
});
