import { describe, expect, it } from 'vitest';
import { byName, checkPersonDraft, productsLinkedTo } from '../../../shared/domain/people';

describe('checkPersonDraft', () => {
  it.each([
    [
      'persona',
      { name: '  Solo   founder ', notes: ' busy ' },
      [],
      { ok: true, value: { name: 'Solo founder', notes: 'busy' } },
    ],
    [
      'persona',
      { name: ' ', notes: '' },
      [],
      { ok: false, errors: { name: 'Give the persona a name.' } },
    ],
    [
      'competitor',
      { name: '', notes: '' },
      [],
      { ok: false, errors: { name: 'Give the competitor a name.' } },
    ],
    [
      'competitor',
      { name: 'acme', notes: '' },
      ['ACME'],
      { ok: false, errors: { name: 'There is already a competitor called “acme”.' } },
    ],
    ['persona', { name: 'Ada', notes: 'x'.repeat(20_001) }, [], { ok: false }],
  ] as const)('%s %j', (kind, draft, others, expected) => {
    expect(checkPersonDraft(kind, draft, others)).toMatchObject(expected);
  });
});

describe('people lists', () => {
  const products = [
    { id: 'p1', personaIds: ['a'], competitorIds: [] },
    { id: 'p2', personaIds: ['a', 'b'], competitorIds: ['a'] },
  ];

  it.each([
    ['persona', 'a', ['p1', 'p2']],
    ['persona', 'b', ['p2']],
    ['competitor', 'a', ['p2']],
    ['competitor', 'b', []],
  ] as const)('%s %s is linked from %j', (kind, id, expected) => {
    expect(productsLinkedTo(products, kind, id).map((p) => p.id)).toEqual(expected);
  });

  it('sorts by name without regard to case, then by id', () => {
    const sorted = byName([
      { id: '2', name: 'beta' },
      { id: '1', name: 'Alpha' },
      { id: '0', name: 'beta' },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['1', '0', '2']);
  });
});
