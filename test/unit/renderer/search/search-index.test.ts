import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../renderer/src/search/entries';
import { SearchIndex } from '../../../../renderer/src/search/search-index';
import type { BacklogItem, Feedback } from '../../../../shared/domain/workspace';
import type { Product } from '../../../../shared/domain/product';
import { makeExperiment } from '../../plan-file/factories';

const stamps = {
  planId: 'p',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function product(id: string, name: string, more: Partial<Product> = {}): Product {
  return {
    id,
    ...stamps,
    name,
    summary: '',
    owner: '',
    tags: [],
    stage: 'growth',
    rank: 'a0',
    stageHistory: [],
    archived: false,
    personaIds: [],
    competitorIds: [],
    decision: null,
    plannedStages: [],
    vision: '',
    targetCustomer: '',
    problem: '',
    strategy: '',
    strategyStage: null,
    ...more,
  };
}

function item(id: string, productId: string, title: string, description = ''): BacklogItem {
  return {
    id,
    ...stamps,
    productId,
    title,
    description,
    status: 'idea',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: 'a0',
    horizon: null,
    milestoneId: null,
    releaseId: null,
    shippedOn: null,
  };
}

function feedback(id: string, productId: string, customer: string, quote: string): Feedback {
  return {
    id,
    ...stamps,
    productId,
    source: 'interview',
    customer,
    quote,
    date: '2025-01-01',
    sentiment: 'neutral',
    backlogItemId: null,
    notifiedAt: null,
  };
}

function sampleIndex() {
  const index = new SearchIndex();
  index.upsert(
    entryOf(
      'products',
      product('ledger', 'Ledger Desktop', { owner: 'Daniel', tags: ['finance'] }),
    ),
  );
  index.upsert(entryOf('products', product('old', 'Old Fax Bridge', { archived: true })));
  index.upsert(entryOf('backlogItems', item('b1', 'ledger', 'Forecast alerts by email')));
  index.upsert(
    entryOf('backlogItems', item('b2', 'ledger', 'Export ledger to CSV', 'for the forecast team')),
  );
  index.upsert(entryOf('backlogItems', item('b3', 'old', 'Fax forecast pages')));
  index.upsert(
    entryOf('feedback', feedback('f1', 'ledger', 'Café Müller', 'We need the forecast sooner')),
  );
  return index;
}

describe('search everything', () => {
  it('groups matches by kind, each with its product, and counts them all', () => {
    const groups = sampleIndex().everything('forecast', 5);
    expect(groups.map((g) => [g.kind, g.total])).toEqual([
      ['backlogItems', 3],
      ['feedback', 1],
    ]);
    const feedbackHit = groups[1]?.hits[0];
    expect(feedbackHit).toMatchObject({
      id: 'f1',
      productName: 'Ledger Desktop',
      detail: 'Café Müller',
    });
  });

  it('ranks a title that starts with the word before one that only mentions it', () => {
    const hits = sampleIndex()
      .everything('forecast', 5)[0]
      ?.hits.map((h) => h.id);
    expect(hits).toEqual(['b1', 'b3', 'b2']);
  });

  it('needs every word, in any order, ignoring case and accents', () => {
    const index = sampleIndex();
    expect(index.everything('EMAIL forecast', 5).flatMap((g) => g.hits.map((h) => h.id))).toEqual([
      'b1',
    ]);
    expect(index.everything('cafe muller', 5)[0]?.hits[0]?.id).toBe('f1');
    expect(index.everything('daniel', 5)[0]).toMatchObject({ kind: 'products', total: 1 });
    expect(index.everything('   ', 5)).toEqual([]);
  });

  it('finds experiments by their hypothesis, variants and rationale, and products by vision', () => {
    const index = sampleIndex();
    index.upsert(
      entryOf(
        'experiments',
        makeExperiment({ id: 'x1', productId: 'ledger', title: 'Forecast digest' }),
      ),
    );
    index.upsert(
      entryOf('products', product('p2', 'Pay Run', { vision: 'Payroll without spreadsheets' })),
    );
    expect(index.everything('referrers month free', 5)).toMatchObject([
      { kind: 'experiments', total: 1, hits: [{ id: 'x1', productName: 'Ledger Desktop' }] },
    ]);
    expect(index.everything('churn held', 5)[0]?.hits[0]).toMatchObject({
      id: 'x1',
      detail: 'Roll it out',
    });
    expect(index.everything('forecast', 5).map((g) => [g.kind, g.total])).toEqual([
      ['backlogItems', 3],
      ['feedback', 1],
      ['experiments', 1],
    ]);
    expect(index.everything('payroll', 5)[0]?.hits[0]?.id).toBe('p2');
  });

  it('marks records of an archived product', () => {
    const hit = sampleIndex()
      .everything('fax', 5)
      .flatMap((g) => g.hits)
      .find((h) => h.id === 'b3');
    expect(hit).toMatchObject({ archived: true, productName: 'Old Fax Bridge' });
  });

  it('waits for a second letter: one matches most of a plan and says little', () => {
    const index = sampleIndex();
    expect(index.everything('f', 5)).toEqual([]);
    expect(index.everything(' f ', 5)).toEqual([]);
    expect(index.everything('fo', 5).length).toBeGreaterThan(0);
    expect(index.palette('f', 5)).toEqual([]);
  });

  it('keeps only the best few of each kind but says how many there are', () => {
    const index = new SearchIndex();
    for (let n = 0; n < 40; n += 1)
      index.upsert(entryOf('backlogItems', item(`i${n}`, 'x', `Report ${n}`)));
    const [group] = index.everything('report', 6);
    expect(group?.total).toBe(40);
    expect(group?.hits).toHaveLength(6);
  });

  it('keeps the shortest titles when more than it shows start with the word', () => {
    const index = new SearchIndex();
    const lengths = [9, 3, 14, 1, 7, 12, 2, 5, 11, 4];
    for (const n of lengths)
      index.upsert(entryOf('backlogItems', item(`i${n}`, 'x', `Report ${'x'.repeat(n)}`)));
    index.upsert(entryOf('backlogItems', item('mention', 'x', 'A report')));
    const hits = index.everything('report', 3)[0]?.hits.map((h) => h.id);
    expect(hits).toEqual(['i1', 'i2', 'i3']);
  });

  it('follows edits and removals, also between two letters of one word', () => {
    const index = sampleIndex();
    expect(index.everything('fore', 5)[0]?.total).toBe(3);
    index.upsert(entryOf('backlogItems', item('b1', 'ledger', 'Budget alerts by email')));
    index.remove('backlogItems', 'b3');
    // "forec" narrows "fore": the narrowing must not hold on to what was true before the edit.
    expect(index.everything('forec', 5)[0]?.hits.map((h) => h.id)).toEqual(['b2']);
    expect(index.everything('budget', 5)[0]?.hits.map((h) => h.id)).toEqual(['b1']);
  });

  it('finds the same whether a query was narrowed from the one before or asked afresh', () => {
    const index = sampleIndex();
    const typed = ['f', 'fo', 'for', 'fore', 'forecast', 'forecast e', 'forecast em'].map((q) =>
      index.everything(q, 10),
    );
    const asked = sampleIndex().everything('forecast em', 10);
    expect(typed.at(-1)).toEqual(asked);
  });
});

/** The rank a word should get in a folded title, written out plainly. */
function expectedScore(title: string, word: string, text: string): number {
  if (title.startsWith(word)) return 4;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]${escaped}`).test(title)) return 3;
  if (title.includes(word)) return 2;
  return text.includes(word) ? 1 : 0;
}

describe('search everything, letter by letter', () => {
  it('counts every match and keeps the best few, as ranking each record afresh would', () => {
    const piece = fc.constantFrom('Re', 'rem', 'mind', 'ers', ' ', '-', 'x', 'é', 'reminders');
    const words = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    const record = fc.record({ title: words, description: words });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ at: fc.nat(30), edit: record }), { maxLength: 3 }),
        (records, shown, edits) => {
          const index = new SearchIndex();
          const all = records.map((r, i) => item(`i${i}`, 'x', r.title, r.description));
          index.replaceKind(
            'backlogItems',
            all.map((one) => entryOf('backlogItems', one)),
          );
          for (const { at, edit } of edits) {
            const changed = item(`i${at}`, 'x', edit.title, edit.description);
            index.upsert(entryOf('backlogItems', changed));
            all[at] = changed;
          }
          const word = 'reminders';
          for (let n = 2; n <= word.length; n += 1) {
            const typed = word.slice(0, n);
            const scored = all
              .filter(Boolean)
              .map((one) => entryOf('backlogItems', one))
              .map((e) => ({
                score: expectedScore(e.titleText, typed, e.text),
                length: e.titleText.length,
              }))
              .filter((e) => e.score > 0)
              .sort((a, b) => b.score - a.score || a.length - b.length);
            const group = index.everything(typed, shown)[0];
            expect(group?.total ?? 0).toBe(scored.length);
            const hits = (group?.hits ?? []).map((hit) => {
              const e = entryOf(
                'backlogItems',
                all.find((one) => one?.id === hit.id) as BacklogItem,
              );
              return {
                score: expectedScore(e.titleText, typed, e.text),
                length: e.titleText.length,
              };
            });
            expect(hits).toEqual(scored.slice(0, shown));
          }
        },
      ),
    );
  });
});

describe('palette', () => {
  it('matches products and backlog items fuzzily, with the matched letters', () => {
    const hits = sampleIndex().palette('fcst alrt', 10);
    expect(hits[0]).toMatchObject({
      id: 'b1',
      kind: 'backlogItems',
      productName: 'Ledger Desktop',
    });
    expect(hits[0]?.indexes.length).toBeGreaterThan(0);
    expect(sampleIndex().palette('ledger desk', 10)[0]?.id).toBe('ledger');
  });

  it('narrows while a word is typed, and forgets that narrowing after an edit', () => {
    const index = sampleIndex();
    expect(index.palette('fo', 10).map((h) => h.id)).toContain('b1');
    index.upsert(entryOf('backlogItems', item('b4', 'ledger', 'Forecast accuracy report')));
    expect(index.palette('foacc', 10).map((h) => h.id)).toEqual(['b4']);
    index.remove('backlogItems', 'b4');
    expect(index.palette('foaccu', 10)).toEqual([]);
  });

  it('matches nothing for a query of nothing, and never feedback', () => {
    expect(sampleIndex().palette('  ', 10)).toEqual([]);
    expect(sampleIndex().palette('sooner', 10)).toEqual([]);
  });
});
