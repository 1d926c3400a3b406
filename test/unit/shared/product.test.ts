import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, checkName, parseTags } from '../../../shared/domain/product';
import { productMatches, searchTerms, termsNarrow } from '../../../shared/domain/search';
import { samplePortfolio } from '../../../shared/domain/sample';
import { STAGES } from '../../../shared/domain/lifecycle';

describe('checkName', () => {
  it.each(['', '   ', '\n\t'])('refuses %j with a message', (raw) => {
    const result = checkName(raw);
    expect(result).toEqual({ ok: false, message: 'Give the product a name.' });
  });

  it('trims and folds inner white space', () => {
    expect(checkName('  Acme \n Cloud ')).toEqual({ ok: true, value: 'Acme Cloud' });
  });

  it('keeps emoji, right-to-left text and markup exactly as typed', () => {
    for (const name of ['🚀 Rocket', 'منتج جديد', '<img src=x onerror=alert(1)>']) {
      expect(checkName(name)).toEqual({ ok: true, value: name });
    }
  });

  it('accepts a 10,000-character name and refuses a longer one, saying the limit', () => {
    expect(checkName('x'.repeat(MAX_NAME_LENGTH)).ok).toBe(true);
    const tooLong = checkName('x'.repeat(MAX_NAME_LENGTH + 1));
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && tooLong.message).toContain('10,000');
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and duplicates regardless of case', () => {
    expect(parseTags(' web, B2B ,, Web ,mobile ')).toEqual(['web', 'B2B', 'mobile']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('search', () => {
  const product = { name: 'Café Finder', owner: 'Zoë Park', tags: ['mobile', 'B2C'] };
  it.each([
    ['', true],
    ['cafe', true],
    ['ZOE', true],
    ['b2c', true],
    ['finder park', true],
    ['finder desktop', false],
    ['tea', false],
  ])('"%s" matches: %s', (query, expected) => {
    expect(productMatches(product, searchTerms(query))).toBe(expected);
  });

  // A search that narrows may filter the last matches; one that does not must look at all.
  it.each([
    ['', 'caf', true],
    ['caf', 'cafe', true],
    ['caf', 'x cafe', true],
    ['fin park', 'finder park', true],
    ['cafe', 'caf', false],
    ['cafe', 'cafs', false],
    ['fin park', 'finder', false],
    ['caf', '', false],
  ])('"%s" then "%s" narrows: %s', (before, now, expected) => {
    expect(termsNarrow(searchTerms(before), searchTerms(now))).toBe(expected);
  });
});

describe('samplePortfolio', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');
  const products = samplePortfolio('plan-1', now);

  it('has at least eight products and one in every stage', () => {
    expect(products.length).toBeGreaterThanOrEqual(8);
    for (const stage of STAGES) expect(products.some((p) => p.stage === stage)).toBe(true);
  });

  it('gives each product a history that walks the stages in order up to its current one', () => {
    for (const p of products) {
      expect(p.planId).toBe('plan-1');
      expect(p.stageHistory.map((e) => e.stage)).toEqual(
        STAGES.slice(0, STAGES.indexOf(p.stage) + 1),
      );
      const dates = p.stageHistory.map((e) => Date.parse(e.enteredAt));
      expect([...dates].sort((a, b) => a - b)).toEqual(dates);
      expect(dates.every((d) => d <= now.getTime())).toBe(true);
    }
  });

  it('orders products within a stage by distinct ranks', () => {
    for (const stage of STAGES) {
      const ranks = products.filter((p) => p.stage === stage).map((p) => p.rank);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
  });
});
