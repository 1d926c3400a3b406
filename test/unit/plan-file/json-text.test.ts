import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findJsonSyntaxFault,
  lineAndColumn,
  parseJsonText,
} from '../../../shared/plan-file/json-text';

function engineAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxFault', () => {
  it('finds nothing wrong in any JSON the engine writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(findJsonSyntaxFault(JSON.stringify(value, null, indent))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat({ max: 4 }),
        fc.constantFrom('', '"', ',', '}', ']', '\\', ' ', 'e', '-', '0'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxFault(text) === null).toBe(engineAccepts(text));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the JSON edge cases the engine accepts', () => {
    for (const text of ['0', '-0.5e+10', '"\\ud800"', ' [ ] ', '{"":{"":[]}}', '"\\/"', 'null']) {
      expect(findJsonSyntaxFault(text)).toBeNull();
      expect(engineAccepts(text)).toBe(true);
    }
  });
});

describe('lineAndColumn', () => {
  it('counts from 1, with CRLF lines ending at the LF', () => {
    expect(lineAndColumn('abc', 0)).toBe('line 1, column 1');
    expect(lineAndColumn('a\r\nbc', 4)).toBe('line 2, column 2');
    expect(lineAndColumn('a\n\n', 3)).toBe('line 3, column 1');
  });
});

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a":[1,true,null]}')).toEqual({
      ok: true,
      value: { a: [1, true, null] },
    });
  });
});
