import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrelloExport, readTrelloBoard } from '../../../shared/plan-file/trello';
import { FIXTURE_NAMES, loadFixture, makeBoard, makeCard, makeList } from './trello-factories';

type Json = Record<string, unknown>;

/** The Project 100 export, changed by `edit` (a fresh copy each time). */
type EditableBoard = Json & { cards: Json[]; lists: Json[] };

function editedFixture(edit: (board: EditableBoard) => void): unknown {
  const board = loadFixture(FIXTURE_NAMES[1]) as EditableBoard;
  edit(board);
  return board;
}

describe('isTrelloExport', () => {
  it.each(FIXTURE_NAMES)('recognises the real export %s', (name) => {
    expect(isTrelloExport(loadFixture(name))).toBe(true);
  });

  it('recognises a hand-made board by its Trello fields', () => {
    expect(isTrelloExport(makeBoard({ lists: [], cards: [] }))).toBe(true);
    const bare = { id: '5fcbec03c670ab79e1f625b2', lists: [], cards: [] };
    expect(isTrelloExport(bare)).toBe(true);
    const withIdBoard = { lists: [makeList('l', 'L', 1)], cards: [] };
    expect(isTrelloExport(withIdBoard)).toBe(true);
  });

  it('still recognises a damaged export, so the message can be about Trello', () => {
    expect(isTrelloExport(editedFixture((board) => (board.cards = 'nope' as never)))).toBe(true);
    expect(isTrelloExport(editedFixture((board) => Reflect.deleteProperty(board, 'lists')))).toBe(
      true,
    );
  });

  it.each([
    ['a plan file', { format: 'lifecycle-plan', version: 1, plan: {}, products: [] }],
    ['a plan file with lists', { format: 'lifecycle-plan', lists: [], cards: [], prefs: {} }],
    ['lists and cards without Trello fields', { lists: [], cards: [] }],
    ['a hex id without lists and cards arrays', { id: '5fcbec03c670ab79e1f625b2', cards: 3 }],
    ['a look-alike URL', { url: 'https://trello.com.evil.example/b/x', lists: [], cards: [] }],
    ['an array', [{ lists: [], cards: [] }]],
    ['null', null],
    ['text', 'trello'],
    ['a number', 1000],
  ])('refuses %s', (_name, value) => {
    expect(isTrelloExport(value)).toBe(false);
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => typeof isTrelloExport(value) === 'boolean'));
  });
});

describe('readTrelloBoard refuses bad input with a message saying what and where', () => {
  it.each<[string, unknown, string | undefined, string]>([
    // No path: the file as a whole is wrong, as for a plan file.
    ['null', null, undefined, 'A Trello board export is a JSON object; this file holds null.'],
    ['an array', [], undefined, 'A Trello board export is a JSON object; this file holds a list.'],
    ['text', 'board', undefined, 'this file holds text "board"'],
    [
      'cards that are not an array',
      editedFixture((board) => (board.cards = 'nope' as never)),
      'cards',
      'cards: expected a list ([…]); found text "nope".',
    ],
    [
      'missing lists',
      editedFixture((board) => Reflect.deleteProperty(board, 'lists')),
      'lists',
      'lists: expected a list ([…]); found nothing.',
    ],
    [
      'a card whose pos is not a number',
      editedFixture((board) => ((board.cards[2] as Json).pos = 'top')),
      'cards[2].pos',
      'cards[2].pos: expected a number; found text "top" (card "Visualize code").',
    ],
    [
      'a card on a list that does not exist',
      editedFixture((board) => ((board.cards[1] as Json).idList = 'nowhere')),
      'cards[1].idList',
      'cards[1].idList: the card "Review code" is on list "nowhere", which is not among the export\'s lists.',
    ],
    [
      'a due date that is not a date',
      editedFixture((board) => ((board.cards[0] as Json).due = 'tomorrow')),
      'cards[0].due',
      'cards[0].due: expected a date and time (ISO 8601); found text "tomorrow" (card "Write code").',
    ],
    [
      'a list without a name',
      editedFixture((board) => ((board.lists[1] as Json).name = null)),
      'lists[1].name',
      'lists[1].name: expected text; found null.',
    ],
    [
      'a card with an empty id',
      editedFixture((board) => ((board.cards[0] as Json).id = '')),
      'cards[0].id',
      'cards[0].id: expected a non-empty id (card "Write code").',
    ],
    [
      'a check item whose pos is text',
      makeBoard({
        lists: [makeList('l', 'L', 1)],
        cards: [makeCard('c', 'C', 'l', 1)],
        checklists: [
          {
            id: 'k',
            idCard: 'c',
            name: 'Launch plan',
            pos: 1,
            checkItems: [{ id: 'i', name: 'Date', state: 'complete', pos: '1' }],
          },
        ],
      }),
      'checklists[0].checkItems[0].pos',
      'checklists[0].checkItems[0].pos: expected a number; found text "1" (checklist "Launch plan").',
    ],
  ])('%s', (_name, value, path, message) => {
    const result = readTrelloBoard(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe(path);
    expect(result.problem.message).toContain(message);
  });

  it('tolerates fields it does not use, and odd actions it only reads for hints', () => {
    const board = editedFixture((b) => {
      b.someFutureField = { nested: [1, 2, 3] };
      (b.cards[0] as Json).newTrelloThing = true;
      b.actions = [{ type: 5, date: 'never', data: 'x' }, 'not even an object?'];
    });
    const result = readTrelloBoard(board);
    // A non-object action is malformed: refused with its path rather than guessed at.
    expect(result.ok ? null : result.problem.path).toBe('actions[1]');
    const withoutBad = editedFixture((b) => {
      b.someFutureField = { nested: [1, 2, 3] };
      b.actions = [{ type: 5, date: 'never', data: 'x' }];
    });
    expect(readTrelloBoard(withoutBad).ok).toBe(true);
  });

  it('never throws, whatever the JSON; a refusal inside an object always names a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readTrelloBoard(value);
        if (result.ok) return true;
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        return result.problem.message.length > 0 && (!isObject || Boolean(result.problem.path));
      }),
    );
  });

  it('never throws when any one field of a real card is replaced by arbitrary JSON', () => {
    const card = (loadFixture(FIXTURE_NAMES[1]) as { cards: Json[] }).cards[0] as Json;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(card)), fc.jsonValue(), (key, value) => {
        const board = editedFixture((b) => ((b.cards[0] as Json)[key] = value));
        const result = readTrelloBoard(board);
        return result.ok || result.problem.path?.startsWith('cards[0]') === true;
      }),
    );
  });
});
