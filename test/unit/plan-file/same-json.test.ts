/**
 * Equality of JSON data as a merge and the changes it writes use it: the same as comparing
 * the data's JSON with keys in one order, where a key whose value is undefined is no key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../shared/plan-file/same-json';

/** JSON with every object's keys sorted: equal text, equal data. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A deep copy with every object's keys reversed and an undefined key added to each. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries([...entries.map(([k, v]) => [k, reordered(v)]), ['absent', undefined]]);
}

const json = fc.jsonValue({ maxDepth: 3 });

describe('sameJson', () => {
  it('says data equals itself with keys in another order and undefined keys added', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(sameJson(value, reordered(value))).toBe(true);
        expect(sameJson(reordered(value), value)).toBe(true);
      }),
    );
  });

  it('agrees with comparing the sorted JSON of any two values', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameJson(a, b)).toBe(canonical(a) === canonical(b));
      }),
    );
  });

  it('tells a record from the same record with one field changed, added or removed', () => {
    const record = { id: 'b1', title: 'Export', tags: ['a', 'b'], reach: 3, note: null };
    expect(sameJson(record, { ...record, reach: 4 })).toBe(false);
    expect(sameJson(record, { ...record, extra: 0 })).toBe(false);
    expect(sameJson(record, { ...record, tags: ['a'] })).toBe(false);
    expect(sameJson(record, { ...record, note: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
