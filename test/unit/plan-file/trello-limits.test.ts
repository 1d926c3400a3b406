/**
 * A Trello import never stores what the plan format refuses: impossible due dates are left
 * out and reported (never rolled over into the next month), texts longer than the format
 * allows are cut and reported, and the converted plan is checked by the same
 * `validatePlanFile` as every plan file, so the app's own export of it imports again.
 */
import { describe, expect, it } from 'vitest';
import { readTrelloInstant } from '../../../shared/plan-file/trello-dates';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { guessedTrelloMapping, trelloToPlanFile } from '../../../shared/plan-file/trello';
import {
  FIXTURE_NAMES,
  NOW,
  converted,
  counterIds,
  loadFixture,
  makeBoard,
  makeCard,
  makeList,
  readBoard,
} from './trello-factories';

type Json = Record<string, unknown>;

function convert(value: unknown, newId = counterIds()) {
  const board = readBoard(value);
  return trelloToPlanFile(board, guessedTrelloMapping(board), { now: NOW, newId });
}

/** What the app's own export of the imported plan would be, read back as an import. */
function reimport(file: Parameters<typeof serializePlanFile>[0]) {
  const result = parsePlanText(serializePlanFile(file));
  return result.ok ? null : result.problem.message;
}

describe('reading Trello dates strictly', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', '2024-02-29T12:00:00.000Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2026-03-01T01:30:00+02:00', '2026-02-28T23:30:00.000Z'],
    ['2026-03-01T01:30:00-0230', '2026-03-01T04:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31T23:59:59.999Z'],
    ['2026-06-01T10:00', '2026-06-01T10:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    const ms = readTrelloInstant(text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30',
    '2026-02-30T09:00:00.000Z',
    '2025-02-29T00:00:00.000Z',
    '1900-02-29T00:00:00.000Z',
    '2026-04-31T00:00:00.000Z',
    '2026-13-01T00:00:00.000Z',
    '2026-00-10T00:00:00.000Z',
    '2026-01-01T24:00:00.000Z',
    '2026-01-01T12:60:00.000Z',
    '2026-01-01T12:00:61Z',
    '2026-01-01T12:00:00+24:00',
    'March 3, 2026',
    '',
  ])('refuses %j rather than rolling it over', (text) => {
    expect(readTrelloInstant(text)).toBeNull();
  });
});

describe('due dates that are no real day', () => {
  const board = makeBoard({
    lists: [makeList('l', 'Ideas', 1)],
    cards: [
      makeCard('c-1', 'Launch', 'l', 1, { due: '2026-02-30T12:00:00.000Z' }),
      makeCard('c-2', 'Pricing page', 'l', 2, { due: '2026-04-31' }),
      makeCard('c-3', 'Leap day', 'l', 3, { due: '2024-02-29T00:00:00.000Z' }),
      makeCard('c-4', 'Midnight', 'l', 4, { due: '2026-01-01T24:00:00.000Z' }),
    ],
  });

  it('are left out, with no milestone on 2 March or any other day', () => {
    const { file } = converted(convert(board));
    const byCard = Object.fromEntries(
      file.products.map((p) => [p.name, file.milestones.filter((m) => m.productId === p.id)]),
    );
    expect(byCard['Launch']).toEqual([]);
    expect(byCard['Pricing page']).toEqual([]);
    expect(byCard['Midnight']).toEqual([]);
    expect(byCard['Leap day']?.map((m) => m.date)).toEqual(['2024-02-29']);
    expect(file.milestones.map((m) => m.date)).not.toContain('2026-03-02');
  });

  it('are listed, with their card and the date as written, in what was not carried over', () => {
    const { report } = converted(convert(board));
    expect(report.notCarried).toContain(
      '3 due dates that are not a real day were left out, not moved to another day: "Launch" ("2026-02-30T12:00:00.000Z"), "Pricing page" ("2026-04-31"), "Midnight" ("2026-01-01T24:00:00.000Z").',
    );
    expect(report.counts.milestones).toBe(1);
  });
});

describe('texts longer than the plan format allows', () => {
  const long = 'Check the exchange rate feed. '.repeat(400); // 12,000 characters
  const board = makeBoard({
    lists: [makeList('l', 'Ideas', 1)],
    cards: [makeCard('c-1', 'Multi-currency', 'l', 1)],
    checklists: [
      {
        id: 'k-1',
        idCard: 'c-1',
        name: 'Checks',
        pos: 1,
        checkItems: [
          { id: 'i-1', name: long, state: 'incomplete', pos: 1 },
          // An emoji (two UTF-16 units) right across the limit must not be cut in half.
          { id: 'i-2', name: `${'x'.repeat(9_999)}🚀 and more`, state: 'complete', pos: 2 },
          { id: 'i-3', name: 'Short one', state: 'complete', pos: 3 },
        ],
      },
    ],
  });

  it('are cut to the limit, never splitting a character, and reported', () => {
    const { file, report } = converted(convert(board));
    const texts = file.checklistItems.map((item) => item.text);
    expect(texts.map((text) => text.length).sort((a, b) => a - b)).toEqual([9, 9_999, 9_999]);
    expect(texts).toContain('Short one');
    expect(texts.find((text) => text.startsWith('Check'))).toBe(long.slice(0, 10_000).trim());
    expect(texts.every((text) => !/[\uD800-\uDBFF]$/.test(text))).toBe(true);
    expect(report.notCarried).toContain(
      '2 checklist items too long for a checklist were shortened to 10,000 characters.',
    );
  });

  it('so the plan the import stores is one its own export can bring back', () => {
    const { file } = converted(convert(board));
    expect(reimport(file)).toBeNull();
  });
});

describe.each(FIXTURE_NAMES)('the real export %s with crafted cards added', (name) => {
  const base = loadFixture(name) as Json & { cards: Json[]; lists: Json[] };
  const listId = (base.lists[0] as Json).id as string;
  const first = base.cards[0] as Json;
  const board = {
    ...base,
    cards: [
      { ...first, due: '2026-02-30T09:00:00.000Z' },
      ...base.cards.slice(1),
      makeCard('crafted-1', 'N'.repeat(12_000), listId, 1e9, { desc: 'D'.repeat(25_000) }),
    ],
    checklists: [
      ...((base.checklists as Json[] | undefined) ?? []),
      {
        id: 'crafted-k',
        idCard: 'crafted-1',
        name: 'Crafted',
        pos: 1,
        checkItems: [{ id: 'crafted-i', name: 'C'.repeat(12_000), state: 'complete', pos: 1 }],
      },
    ],
  };

  it('imports what fits, reports what did not, and exports a file that imports again', () => {
    const { file, report } = converted(convert(board));
    expect(file.products).toHaveLength(base.cards.length + 1);
    expect(file.milestones.filter((m) => m.date === '2026-03-02')).toEqual([]);
    expect(report.notCarried).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1 due date that is not a real day was left out.*"2026-02-30T09/),
        '1 card name too long for a product was shortened to 10,000 characters.',
        '1 description too long for a summary was shortened to 20,000 characters.',
        '1 checklist item too long for a checklist was shortened to 10,000 characters.',
      ]),
    );
    expect(reimport(file)).toBeNull();
  });
});

describe('labels beyond what a product’s tags may hold', () => {
  const labels = Array.from({ length: 60 }, (_, i) => ({
    id: `lab-${i}`,
    name: i === 0 ? `Quarter ${'x'.repeat(300)}` : `label ${i}`,
    color: 'green',
  }));
  const board = makeBoard({
    lists: [makeList('l', 'Ideas', 1)],
    cards: [makeCard('c-1', 'Tagged', 'l', 1, { idLabels: labels.map((l) => l.id) })],
    labels,
  });

  it('are cut to a tag’s length and the count a product may have, and reported', () => {
    const { file, report } = converted(convert(board));
    const [product] = file.products;
    expect(product?.tags).toHaveLength(50);
    expect(Math.max(...(product?.tags ?? []).map((tag) => tag.length))).toBe(200);
    expect(report.notCarried).toEqual(
      expect.arrayContaining([
        '1 label too long for a tag was shortened to 200 characters.',
        '10 labels beyond the 50 tags a product may have were left out.',
      ]),
    );
    expect(reimport(file)).toBeNull();
  });
});

describe('the converted plan is checked like every plan file', () => {
  it('refuses, with the place, a conversion the plan format would refuse', () => {
    // Ids come from the caller; ids too long for a plan file must not get into the database.
    const board = makeBoard({
      lists: [makeList('l', 'Ideas', 1)],
      cards: [makeCard('c-1', 'Anything', 'l', 1)],
    });
    let next = 0;
    const result = convert(board, () => `${'i'.repeat(250)}-${(next += 1)}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toMatch(
      /^The board could not be made into a valid plan: plan\.id: expected an id of 1 to 200 characters/,
    );
  });
});
