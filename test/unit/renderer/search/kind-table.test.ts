import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../../../renderer/src/search/entries';
import { KindTable } from '../../../../renderer/src/search/kind-table';

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
});
