/**
 * Test helpers for the Trello import: the real exports in test/fixtures/trello/, a raw view
 * of them for counting independently of the code under test, and a small hand-made board.
 */
import { readFileSync } from 'node:fs';
import {
  readTrelloBoard,
  type TrelloBoard,
  type TrelloConversion,
} from '../../../shared/plan-file/trello';

export const FIXTURE_NAMES = [
  'nextcloud-deck_data-trelloJson.json',
  'wekan_trello-project100.json',
] as const;

/** The fields the tests count by hand, read straight from the JSON (not through our schema). */
export interface RawBoard {
  name: string;
  lists: { id: string; name: string; closed: boolean; pos: number }[];
  cards: {
    id: string;
    name: string;
    idList: string;
    closed: boolean;
    due: string | null;
    dueComplete: boolean;
    idLabels: string[];
    idMembers: string[];
    attachments?: { name: string }[];
    customFieldItems?: unknown[];
  }[];
  labels: { id: string; name: string; color: string | null }[];
  checklists: {
    idCard: string;
    checkItems: { name: string; state: string }[];
  }[];
  customFields: { name: string }[];
  actions: { type: string }[];
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/trello/${name}`, import.meta.url), 'utf8');
}

export function loadFixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export function loadRawFixture(name: string): RawBoard {
  return JSON.parse(fixtureText(name)) as RawBoard;
}

/** Ids that sort in the order they were made, so tests can predict the file's order. */
export function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String((next += 1)).padStart(4, '0')}`;
}

/** Reads a board a test knows to be valid; a refusal fails the test with its message. */
export function readBoard(value: unknown): TrelloBoard {
  const result = readTrelloBoard(value);
  if (!result.ok) throw new Error(`expected a board: ${result.problem.message}`);
  return result.board;
}

/** A conversion a test expects to succeed; a refusal fails the test with its message. */
export function converted(conversion: TrelloConversion) {
  if (!conversion.ok) throw new Error(`expected a plan: ${conversion.problem.message}`);
  return conversion;
}

export const NOW = new Date('2026-03-01T12:00:00.000Z');

type Json = Record<string, unknown>;

export function makeList(id: string, name: string, pos: number, extra: Json = {}): Json {
  return { id, name, closed: false, pos, idBoard: 'board-1', ...extra };
}

export function makeCard(id: string, name: string, idList: string, pos: number, extra: Json = {}) {
  return {
    id,
    name,
    desc: '',
    idList,
    pos,
    closed: false,
    due: null,
    dueComplete: false,
    idLabels: [],
    idMembers: [],
    idBoard: 'board-1',
    ...extra,
  };
}

/** A board in the shape Trello writes, with only the fields a test cares about. */
export function makeBoard(parts: { lists: Json[]; cards: Json[] } & Json): Json {
  return {
    id: '5fcbec03c670ab79e1f625b2',
    name: 'Roadmap',
    desc: '',
    prefs: { cardCovers: true },
    labelNames: {},
    labels: [],
    checklists: [],
    customFields: [],
    actions: [],
    ...parts,
  };
}

export const OBJECT_ID = '5fcbec2e6621ca4f0a547896'; // first 8 hex digits: 2020-12-05T20:23:10Z

/** A small roadmap board whose pos values are floats, as Trello writes after drags. */
export function roadmap(extra: Record<string, unknown> = {}) {
  return makeBoard({
    name: '  Payments   roadmap ',
    lists: [
      makeList('L-ideas', 'Ideas', 16384),
      makeList('L-backlog', 'Backlog', 100.5),
      makeList('L-dev', 'In development', 8192.5),
      makeList('L-live', 'Launched', 65535),
      makeList('L-old', 'Old stuff', 70000, { closed: true }),
    ],
    cards: [
      makeCard('c-a', '   ', 'L-ideas', 65535),
      makeCard('c-b', 'Beta idea', 'L-ideas', 8192.5),
      makeCard('c-c', '  Gamma \n idea ', 'L-ideas', 16384),
      makeCard('c-d', 'Delta', 'L-ideas', 16384),
      makeCard('c-e', 'Epsilon', 'L-backlog', 1e6),
      makeCard('c-g', 'Retired thing', 'L-old', 1),
      makeCard('c-h', 'Dropped idea', 'L-ideas', 99999, { closed: true }),
      makeCard(OBJECT_ID, 'Checkout v2', 'L-dev', 3, {
        desc: '  Faster checkout.  ',
        idLabels: ['lab-1', 'lab-2', 'lab-3', 'lab-gone'],
        due: '2026-04-30T16:00:00.000Z',
        dueComplete: true,
        dateLastActivity: '2026-02-01T10:00:00.000Z',
        attachments: [{ name: 'spec.pdf' }, { name: 'mockup.png' }],
        idMembers: ['m1'],
        idMembersVoted: ['m1', 'm2'],
        stickers: [{ image: 'star' }],
        cover: { color: 'red' },
        customFieldItems: [{ idCustomField: 'cf1', value: { number: '3' } }],
        badges: { comments: 3 },
        start: '2026-01-02T00:00:00.000Z',
      }),
    ],
    labels: [
      { id: 'lab-1', name: 'Mobile', color: 'blue' },
      { id: 'lab-2', name: '', color: 'green' },
      { id: 'lab-3', name: ' mobile ', color: 'red' },
    ],
    checklists: [
      {
        id: 'k-design',
        idCard: OBJECT_ID,
        name: 'Design',
        pos: 2,
        checkItems: [
          { id: 'i-1', name: 'Mockups', state: 'incomplete', pos: 1 },
          { id: 'i-2', name: '   ', state: 'complete', pos: 2 },
        ],
      },
      {
        id: 'k-build',
        idCard: OBJECT_ID,
        name: 'Build',
        pos: 1,
        checkItems: [
          { id: 'i-3', name: 'API', state: 'complete', pos: 2 },
          { id: 'i-4', name: 'UI', state: 'incomplete', pos: 1.5 },
        ],
      },
      {
        id: 'k-val',
        idCard: 'c-b',
        name: 'Validation',
        pos: 1,
        checkItems: [{ id: 'i-5', name: 'Five interviews', state: 'complete', pos: 1 }],
      },
    ],
    customFields: [{ id: 'cf1', name: 'Effort', type: 'number' }],
    actions: [
      { type: 'commentCard', date: '2026-01-20T00:00:00.000Z', data: { card: { id: OBJECT_ID } } },
      {
        type: 'updateCard',
        date: '2026-01-15T09:00:00.000Z',
        data: { card: { id: OBJECT_ID }, listAfter: { id: 'L-dev' }, listBefore: { id: 'L-x' } },
      },
    ],
    ...extra,
  });
}
