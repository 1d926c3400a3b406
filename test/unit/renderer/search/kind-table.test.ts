import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../../../renderer/src/search/entries';
import { KindTable } from '../../../../renderer/src/search/kind-table';
import {
  bestOfWord,
  entriesOfWord,
  type WordMatches,
} from '../../../../renderer/src/search/word-matches';

function entry(id: string, text: string): SearchEntry {
  return {
    kind: 'backlogItems',
    id,
    productId: 'p',
    title: text,
    detail: '',
    titleText: text,
    text,
  };
}

const ids = (entries: readonly SearchEntry[]) => entries.map((e) => e.id).sort();

describe('the entries of one kind, searched as one joined text', () => {
  it('finds each entry once, however often the word is in it', () => {
    const table = new KindTable();
    table.upsert(entry('a', 'report report report'));
    table.upsert(entry('b', 'no match here'));
    table.upsert(entry('c', 'reports'));
    expect(ids(table.containing('report'))).toEqual(['a', 'c']);
  });

  it('never matches across two entries, at their ends or their starts', () => {
    const table = new KindTable();
    table.upsert(entry('a', 'fore'));
    table.upsert(entry('b', 'cast'));
    table.upsert(entry('c', ''));
    table.upsert(entry('d', 'c'));
    expect(table.containing('forecast')).toEqual([]);
    expect(table.containing('ecast')).toEqual([]);
    expect(ids(table.containing('c'))).toEqual(['b', 'd']);
  });

  it('finds what an edit added, not what it took away, before and after the texts are joined again', () => {
    const table = new KindTable();
    table.upsert(entry('a', 'budget alerts'));
    table.upsert(entry('b', 'forecast alerts'));
    table.join();
    table.upsert(entry('a', 'forecast digest'));
    table.remove('b');
    table.upsert(entry('c', 'weekly forecast'));
    expect(ids(table.containing('forecast'))).toEqual(['a', 'c']);
    expect(table.containing('budget')).toEqual([]);
    table.join();
    expect(ids(table.containing('forecast'))).toEqual(['a', 'c']);
  });

  it('answers as asking each entry would, through any sequence of edits and removals', () => {
    const word = fc.constantFrom('re', 'rem', 'mind', 'ers', 'x');
    const text = fc.array(fc.constantFrom('re', 'mind', 'ers', ' ', 'x', '\n', 'é'), {
      maxLength: 6,
    });
    const step = fc.oneof(
      fc.record({ id: fc.integer({ min: 0, max: 12 }), text: text.map((t) => t.join('')) }),
      fc.record({ remove: fc.integer({ min: 0, max: 12 }) }),
      fc.constant('join' as const),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), word, (steps, asked) => {
        const table = new KindTable();
        const plain = new Map<string, string>();
        for (const s of steps) {
          if (s === 'join') table.join();
          else if ('remove' in s) {
            table.remove(`e${s.remove}`);
            plain.delete(`e${s.remove}`);
          } else {
            table.upsert(entry(`e${s.id}`, s.text));
            plain.set(`e${s.id}`, s.text);
          }
          const expected = [...plain].filter(([, t]) => t.includes(asked)).map(([id]) => id);
          expect(ids(table.containing(asked))).toEqual(expected.sort());
        }
      }),
    );
  });

  it('narrows a word letter by letter to what a fresh scan finds, also after an edit between two letters', () => {
    const text = fc.array(fc.constantFrom('re', 'rem', 'mind', 'remind', 'ers', ' ', 'x', '\n'), {
      maxLength: 8,
    });
    const edit = fc.option(
      fc.record({ id: fc.integer({ min: 0, max: 8 }), text: text.map((t) => t.join('')) }),
    );
    fc.assert(
      fc.property(
        fc.array(
          text.map((t) => t.join('')),
          { maxLength: 9 },
        ),
        fc.constantFrom('reminders', 'mindre', 'remre'),
        fc.array(edit, { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        (texts, word, edits, joined) => {
          const table = new KindTable();
          texts.forEach((t, i) => table.upsert(entry(`e${i}`, t)));
          if (joined) table.join();
          let before: WordMatches | undefined;
          for (let n = 1; n <= word.length; n += 1) {
            const change = edits[n - 1];
            if (change) table.upsert(entry(`e${change.id}`, change.text));
            const typed = word.slice(0, n);
            const narrowed = table.matchWord(typed, before);
            const fresh = new KindTable();
            for (const e of table.entries) fresh.upsert(e);
            expect(ids(entriesOfWord(narrowed))).toEqual(ids(fresh.containing(typed)));
            expect(narrowed.count + narrowed.changed.length).toBe(fresh.containing(typed).length);
            before = narrowed;
          }
        },
      ),
    );
  });

  it("ranks a word at the title's start, then at a word's start in it, then inside it, then elsewhere", () => {
    const table = new KindTable();
    const titled = (id: string, title: string, rest: string): SearchEntry => ({
      ...entry(id, `${title}\n${rest}`),
      titleText: title,
    });
    table.upsert(titled('elsewhere', 'budget', 'a report'));
    table.upsert(titled('inside', 'unreported', 'report'));
    table.upsert(titled('word', 'monthly unreport report', ''));
    table.upsert(titled('start', 'reports', ''));
    table.join();
    // An edit since the join is ranked from its own text, with the same rule.
    table.upsert(titled('edited', 'the report', ''));
    const order = bestOfWord(table.matchWord('report'), 5, 100).map((e) => e.id);
    expect(order).toEqual(['start', 'edited', 'word', 'inside', 'elsewhere']);
    expect(bestOfWord(table.matchWord('report'), 2, 100).map((e) => e.id)).toEqual([
      'start',
      'edited',
    ]);
  });
});
