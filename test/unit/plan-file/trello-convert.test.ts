import { describe, expect, it } from 'vitest';
import { sortByRank } from '../../../shared/domain/moves';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import {
  TRELLO_ACTION_CAP,
  guessedTrelloMapping,
  summarizeTrelloBoard,
  trelloToPlanFile,
} from '../../../shared/plan-file/trello';
import {
  NOW,
  counterIds,
  makeBoard,
  makeCard,
  makeList,
  readBoard,
  roadmap,
  converted,
} from './trello-factories';

function convertRoadmap(board = readBoard(roadmap())) {
  return converted(
    trelloToPlanFile(board, guessedTrelloMapping(board), { now: NOW, newId: counterIds() }),
  );
}

describe('trelloToPlanFile on a hand-made board', () => {
  it('names the plan after the board and gives every record the plan id', () => {
    const { file } = convertRoadmap();
    expect(file.plan).toEqual({
      id: 'id-0001',
      name: 'Payments roadmap',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    const records = [...file.products, ...file.checklistItems, ...file.milestones];
    expect(records.every((record) => record.planId === 'id-0001')).toBe(true);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('gives a valid plan file, even with empty names and skipped lists', () => {
    const board = readBoard(roadmap());
    const withoutIdeas = guessedTrelloMapping(board);
    delete withoutIdeas['L-ideas'];
    for (const chosen of [guessedTrelloMapping(board), withoutIdeas]) {
      const { file } = converted(
        trelloToPlanFile(board, chosen, { now: NOW, newId: counterIds() }),
      );
      const parsed = parsePlanText(serializePlanFile(file));
      expect(parsed.ok ? null : parsed.problem).toBeNull();
      expect(parsed.ok && parsed.file).toEqual(file);
    }
  });

  it('orders a stage by list pos, then card pos (floats), then card id', () => {
    const { file } = convertRoadmap();
    const ideation = sortByRank(file.products.filter((p) => p.stage === 'ideation'));
    expect(ideation.map((p) => p.name)).toEqual([
      'Epsilon', // Backlog (pos 100.5) comes before Ideas (16384)
      'Beta idea', // 8192.5
      'Gamma idea', // 16384, id c-c
      'Delta', // 16384, id c-d
      'Untitled card', // 65535
      'Dropped idea', // 99999
      'Retired thing', // Old stuff (70000)
    ]);
  });

  it('archives closed cards and every card of a closed list', () => {
    const { file, report } = convertRoadmap();
    const archived = file.products.filter((p) => p.archived).map((p) => p.name);
    expect(archived.sort()).toEqual(['Dropped idea', 'Retired thing']);
    expect(report.counts.archived).toBe(2);
  });

  it('carries summary, tags, due date and checklists of a card', () => {
    const { file } = convertRoadmap();
    const product = file.products.find((p) => p.name === 'Checkout v2');
    expect(product).toMatchObject({
      summary: 'Faster checkout.',
      tags: ['Mobile', 'green'],
      stage: 'development',
      owner: '',
      createdAt: '2020-12-05T20:23:10.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      stageHistory: [{ stage: 'development', enteredAt: '2026-01-15T09:00:00.000Z' }],
    });
    const items = sortByRank(file.checklistItems.filter((i) => i.productId === product?.id));
    expect(items.map((i) => [i.text, i.done, i.stage])).toEqual([
      ['Build: UI', false, 'development'],
      ['Build: API', true, 'development'],
      ['Design: Mockups', false, 'development'],
    ]);
    expect(file.milestones.filter((m) => m.productId === product?.id)).toMatchObject([
      { title: 'Due date', date: '2026-04-30', done: true },
    ]);
    const beta = file.products.find((p) => p.name === 'Beta idea');
    // A single checklist needs no name in front of its items.
    expect(file.checklistItems.filter((i) => i.productId === beta?.id).map((i) => i.text)).toEqual([
      'Five interviews',
    ]);
  });

  it('reports everything the board holds that a plan cannot', () => {
    const { report } = convertRoadmap();
    expect(report.boardName).toBe('Payments roadmap');
    expect(report.counts).toEqual({
      lists: 5,
      cards: 8,
      products: 8,
      checklistItems: 4,
      milestones: 1,
      archived: 2,
    });
    expect(report.notCarried).toEqual([
      '1 card had no name and became "Untitled card".',
      '1 checklist item with no text was left out.',
      '1 label on cards was left out: no name and no colour, or missing from the export.',
      'Times of day of 1 due date were dropped: milestones are whole days (in UTC).',
      '2 attachments on 1 card ("spec.pdf", "mockup.png") were not carried over; the files and links stay in Trello.',
      'Custom fields were not carried over: 1 field ("Effort") with 1 value on 1 card.',
      'Comments were not carried over: the cards show 3 comments, 1 of them in the export.',
      'Members were not carried over: 1 card had members assigned; owners are left empty.',
      '2 votes on cards were not carried over.',
      '1 sticker on cards was not carried over.',
      'Card covers on 1 card were not carried over.',
      'Start dates on 1 card were not carried over; only due dates became milestones.',
    ]);
  });

  it('shortens what is too long for a plan and says so', () => {
    const board = readBoard(
      makeBoard({
        name: 'B'.repeat(12_000),
        lists: [makeList('l', 'Ideas', 1)],
        cards: [
          makeCard('000000000000000000000000', 'N'.repeat(12_000), 'l', 1, {
            desc: 'D'.repeat(25_000),
          }),
        ],
      }),
    );
    const { file, report } = converted(
      trelloToPlanFile(board, guessedTrelloMapping(board), {
        now: NOW,
        newId: counterIds(),
      }),
    );
    expect(file.plan.name).toHaveLength(10_000);
    expect(file.products[0]?.name).toHaveLength(10_000);
    expect(file.products[0]?.summary).toHaveLength(20_000);
    // An all-zero id is no real ObjectId (1970): creation falls back to the import time.
    expect(file.products[0]?.createdAt).toBe(NOW.toISOString());
    expect(report.notCarried).toEqual([
      '1 card name too long for a product was shortened to 10,000 characters.',
      '1 description too long for a summary was shortened to 20,000 characters.',
    ]);
    expect(parsePlanText(serializePlanFile(file)).ok).toBe(true);
  });

  it('skips the cards of lists left out of the mapping and says so', () => {
    const board = readBoard(roadmap());
    const mapping = guessedTrelloMapping(board);
    delete mapping['L-ideas'];
    const { file, report } = converted(
      trelloToPlanFile(board, mapping, { now: NOW, newId: counterIds() }),
    );
    expect(file.products.map((p) => p.name).sort()).toEqual([
      'Checkout v2',
      'Epsilon',
      'Retired thing',
    ]);
    expect(report.notCarried[0]).toBe(
      'Lists without a stage were skipped with their cards: "Ideas" (5 cards).',
    );
  });

  it('follows the mapping the PM chose over the guess', () => {
    const board = readBoard(roadmap());
    const mapping = { ...guessedTrelloMapping(board), 'L-ideas': 'decline' as const };
    const { file } = converted(trelloToPlanFile(board, mapping, { now: NOW, newId: counterIds() }));
    expect(file.products.find((p) => p.name === 'Delta')?.stage).toBe('decline');
  });

  it('says comments may be missing when the export holds Trello’s 1,000 actions', () => {
    const actions = Array.from({ length: TRELLO_ACTION_CAP }, (_, i) => ({
      type: i % 2 === 0 ? 'commentCard' : 'updateCard',
      date: '2026-01-01T00:00:00.000Z',
      data: { card: { id: 'c-b' }, text: 'Looks good' },
    }));
    const capped = convertRoadmap(readBoard(roadmap({ actions }))).report.notCarried;
    expect(capped).toContain(
      "The export holds 1,000 actions, Trello's cap, so comments beyond it are missing from the file itself.",
    );
    const under = convertRoadmap(readBoard(roadmap({ actions: actions.slice(1) }))).report;
    expect(under.notCarried.join(' ')).not.toMatch(/cap/);
  });
});

describe('summarizeTrelloBoard', () => {
  it('lists the lists by pos with card counts, archived counts and guessed stages', () => {
    expect(summarizeTrelloBoard(readBoard(roadmap()))).toEqual({
      name: 'Payments roadmap',
      lists: [
        {
          id: 'L-backlog',
          name: 'Backlog',
          closed: false,
          cardCount: 1,
          archivedCardCount: 0,
          guessedStage: 'ideation',
        },
        {
          id: 'L-dev',
          name: 'In development',
          closed: false,
          cardCount: 1,
          archivedCardCount: 0,
          guessedStage: 'development',
        },
        {
          id: 'L-ideas',
          name: 'Ideas',
          closed: false,
          cardCount: 5,
          archivedCardCount: 1,
          guessedStage: 'ideation',
        },
        {
          id: 'L-live',
          name: 'Launched',
          closed: false,
          cardCount: 0,
          archivedCardCount: 0,
          guessedStage: 'growth',
        },
        {
          id: 'L-old',
          name: 'Old stuff',
          closed: true,
          cardCount: 1,
          archivedCardCount: 1,
          guessedStage: 'ideation',
        },
      ],
    });
  });
});
