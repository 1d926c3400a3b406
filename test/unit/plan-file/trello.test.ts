import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../shared/domain/lifecycle';
import { parseTags } from '../../../shared/domain/product';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import {
  guessedTrelloMapping,
  isTrelloExport,
  readTrelloBoard,
  summarizeTrelloBoard,
  trelloToPlanFile,
} from '../../../shared/plan-file/trello';
import {
  FIXTURE_NAMES,
  NOW,
  counterIds,
  loadFixture,
  loadRawFixture,
  readBoard,
  type RawBoard,
  converted,
} from './trello-factories';

function convertFixture(name: string) {
  const board = readBoard(loadFixture(name));
  return converted(
    trelloToPlanFile(board, guessedTrelloMapping(board), { now: NOW, newId: counterIds() }),
  );
}

/** Tags as the import should make them, worked out from the raw JSON. */
function expectedTags(raw: RawBoard, card: RawBoard['cards'][number]): string[] {
  const texts = card.idLabels.map((id) => {
    const label = raw.labels.find((candidate) => candidate.id === id);
    return label?.name.trim() || label?.color || '';
  });
  return parseTags(texts.join(','));
}

describe.each(FIXTURE_NAMES)('the real Trello export %s', (name) => {
  const raw = loadRawFixture(name);

  it('is recognised as a Trello export and read without a problem', () => {
    expect(isTrelloExport(loadFixture(name))).toBe(true);
    expect(readTrelloBoard(loadFixture(name)).ok).toBe(true);
  });

  it('summarises every list, in board order, with its card count', () => {
    const summary = summarizeTrelloBoard(readBoard(loadFixture(name)));
    expect(summary.name).toBe(raw.name);
    const lists = [...raw.lists].sort((a, b) => a.pos - b.pos);
    expect(summary.lists.map((list) => list.name)).toEqual(lists.map((list) => list.name));
    for (const list of summary.lists) {
      expect(list.cardCount).toBe(raw.cards.filter((card) => card.idList === list.id).length);
      expect(STAGES).toContain(list.guessedStage);
    }
  });

  it('turns every card into a product with its name, tags, archive flag and due date', () => {
    const { file } = convertFixture(name);
    expect(file.plan.name).toBe(raw.name);
    expect(file.products).toHaveLength(raw.cards.length);
    for (const card of raw.cards) {
      const product = file.products.find((candidate) => candidate.name === card.name.trim());
      expect(product, card.name).toBeDefined();
      if (product === undefined) continue;
      const list = raw.lists.find((candidate) => candidate.id === card.idList);
      expect(product.archived).toBe(card.closed || list?.closed === true);
      expect(product.tags).toEqual(expectedTags(raw, card));
      expect(product.planId).toBe(file.plan.id);
      const milestones = file.milestones.filter((m) => m.productId === product.id);
      expect(milestones.map((m) => [m.date, m.done])).toEqual(
        card.due ? [[new Date(card.due).toISOString().slice(0, 10), card.dueComplete]] : [],
      );
    }
  });

  it('carries every check item with its done state', () => {
    const { file } = convertFixture(name);
    const items = raw.checklists.flatMap((list) => list.checkItems);
    expect(file.checklistItems).toHaveLength(items.length);
    expect(file.checklistItems.filter((item) => item.done)).toHaveLength(
      items.filter((item) => item.state === 'complete').length,
    );
  });

  it('reports counts and what it could not carry over', () => {
    const { report } = convertFixture(name);
    expect(report.counts).toMatchObject({
      lists: raw.lists.length,
      cards: raw.cards.length,
      products: raw.cards.length,
      milestones: raw.cards.filter((card) => card.due).length,
      archived: raw.cards.filter((card) => card.closed).length,
    });
    const text = report.notCarried.join('\n');
    for (const field of raw.customFields) expect(text).toContain(JSON.stringify(field.name));
    const attachments = raw.cards.flatMap((card) => card.attachments ?? []);
    if (attachments.length > 0) expect(text).toMatch(/attachment/);
    const withMembers = raw.cards.filter((card) => card.idMembers.length > 0).length;
    if (withMembers > 0) expect(text).toContain(`${withMembers} card`);
    const comments = raw.actions.filter((action) => action.type === 'commentCard').length;
    if (comments > 0) expect(text).toMatch(/comment/);
  });

  it('gives a valid plan file that reads back unchanged', () => {
    const { file } = convertFixture(name);
    const parsed = parsePlanText(serializePlanFile(file));
    expect(parsed.ok ? null : parsed.problem).toBeNull();
    expect(parsed.ok && parsed.file).toEqual(file);
  });

  it('gives the same file for the same board and ids, records sorted by id', () => {
    const first = convertFixture(name).file;
    expect(convertFixture(name).file).toEqual(first);
    const ids = first.products.map((product) => product.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('facts of the fixtures', () => {
  it('Deck: one card on "TODO", ids that are not ObjectIds, creation taken from the action', () => {
    const { file, report } = convertFixture(FIXTURE_NAMES[0]);
    expect(file.products.map((p) => [p.name, p.stage])).toEqual([['Name Card 7', 'ideation']]);
    const product = file.products[0];
    expect(product?.createdAt).toBe('2017-09-15T16:14:03.187Z');
    expect(product?.updatedAt).toBe('2021-07-10T17:01:58.633Z');
    // A yellow label with no name exists on the board but on no card: no tags.
    expect(product?.tags).toEqual([]);
    expect(report.notCarried).toEqual([]);
  });

  it('Project 100: Todo, In Progress and Done map to ideation, development and growth', () => {
    const board = readBoard(loadFixture(FIXTURE_NAMES[1]));
    const summary = summarizeTrelloBoard(board);
    expect(summary.lists.map((list) => [list.name, list.guessedStage, list.cardCount])).toEqual([
      ['Todo', 'ideation', 2],
      ['In Progress', 'development', 1],
      ['Done', 'growth', 0],
    ]);
    const { file, report } = convertFixture(FIXTURE_NAMES[1]);
    const ideation = file.products
      .filter((p) => p.stage === 'ideation')
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    // "Write code" has pos 32767.5, "Review code" 65535.
    expect(ideation.map((p) => p.name)).toEqual(['Write code', 'Review code']);
    const moved = file.products.find((p) => p.name === 'Visualize code');
    // Created on "Done", moved to "In Progress" two seconds later (an updateCard action).
    expect(moved?.createdAt).toBe('2020-12-05T20:23:34.000Z');
    expect(moved?.stageHistory).toEqual([
      { stage: 'development', enteredAt: '2020-12-05T20:23:36.833Z' },
    ]);
    expect(report.notCarried).toEqual([
      'Custom fields were not carried over: 5 fields ("Logical Value", "Date Value", "Dropdown", "Number Value", "Text Value") with 8 values on 2 cards.',
      'Members were not carried over: 3 cards had members assigned; owners are left empty.',
    ]);
  });
});
