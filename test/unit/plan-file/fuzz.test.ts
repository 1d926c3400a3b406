/**
 * Fuzzing the reader with damaged copies of valid files: characters flipped, cut or
 * inserted, values swapped for ones of the wrong type, keys dropped or added. Whatever
 * happens, parsePlanText must return (never throw) either a plan that itself round-trips,
 * or a problem with a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { planFileArb } from './arbitraries';
import { makePlanFile } from './factories';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RUNS = { numRuns: 200 };

const wrongValues: Json[] = [
  null,
  0,
  -1.5,
  1e308,
  '',
  'x',
  '2026-02-30',
  true,
  [],
  {},
  [[[[[]]]]],
  { id: 1 },
];
const insertions = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\',
  ',',
  ':',
  '\u0000',
  '\uFEFF',
  'é',
  '\ud800',
  '"__proto__":{},',
];

function checkNeverThrows(text: string) {
  const result = parsePlanText(text);
  if (result.ok) {
    // Accepted: it must be a file the app can write and read back unchanged.
    const again = parsePlanText(serializePlanFile(result.file));
    expect(again.ok && serializePlanFile(again.file)).toBe(serializePlanFile(result.file));
  } else {
    expect(result.problem.message.trim().length).toBeGreaterThan(10);
  }
}

/** Every container in the JSON, so a mutation can pick one. */
function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const found: (Json[] | { [key: string]: Json })[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Json;
    if (value === null || typeof value !== 'object') continue;
    found.push(value);
    stack.push(...(Array.isArray(value) ? value : Object.values(value)));
  }
  return found;
}

const textMutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(...insertions),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

const valueMutation = fc.record({
  target: fc.nat(),
  key: fc.nat(),
  op: fc.constantFrom('replace', 'drop', 'add'),
  value: fc.constantFrom(...wrongValues),
  extraKey: fc.constantFrom('extra', 'stage', 'id', '__proto__', 'constructor', ''),
});

describe('fuzzing parsePlanText', () => {
  it('never throws on valid files with damaged characters', () => {
    fc.assert(
      fc.property(
        planFileArb({ maxProducts: 3, maxChildren: 4 }),
        fc.array(textMutation, { minLength: 1, maxLength: 3 }),
        (file, mutations) => {
          let text = serializePlanFile(file);
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            if (m.kind === 'flip') text = text.slice(0, at) + m.char + text.slice(at + 1);
            else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
            else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
            else text = text.slice(0, at);
          }
          checkNeverThrows(text);
        },
      ),
      RUNS,
    );
  });

  it('never throws on valid files with wrong values, dropped keys and extra keys', () => {
    fc.assert(
      fc.property(
        planFileArb({ maxProducts: 3, maxChildren: 4 }),
        fc.array(valueMutation, { minLength: 1, maxLength: 3 }),
        (file, mutations) => {
          const json = JSON.parse(serializePlanFile(file)) as Json;
          for (const mutation of mutations) {
            // A fresh copy of the value: sharing one object between places could make a cycle.
            const m = { ...mutation, value: structuredClone(mutation.value) };
            const all = containers(json);
            const target = all[m.target % all.length] as Json[] | { [key: string]: Json };
            const keys = Object.keys(target);
            const key = keys.length > 0 ? (keys[m.key % keys.length] as string) : null;
            if (Array.isArray(target) && (m.op === 'add' || key === null)) target.push(m.value);
            else if (m.op === 'add' || key === null) {
              // defineProperty makes "__proto__" an own key, as JSON.parse would.
              Object.defineProperty(target, m.extraKey, {
                value: m.value,
                enumerable: true,
                writable: true,
                configurable: true,
              });
            } else if (m.op === 'drop') {
              if (Array.isArray(target)) target.splice(Number(key), 1);
              else Reflect.deleteProperty(target, key);
            } else (target as Record<string, Json>)[key] = m.value;
          }
          checkNeverThrows(JSON.stringify(json, null, 2));
        },
      ),
      RUNS,
    );
  });

  it('sees both outcomes: an undamaged file passes, a cut one does not', () => {
    // Guards the fuzzers above: the harness really can tell acceptance from refusal.
    const text = serializePlanFile(makePlanFile());
    expect(parsePlanText(text).ok).toBe(true);
    expect(parsePlanText(text.slice(0, -3)).ok).toBe(false);
  });
});
