import { describe, expect, it } from 'vitest';
import { checkPlanFileSize } from '../../../shared/plan-file/decode';
import type { Migration } from '../../../shared/plan-file/migrate';
import {
  checkFormatAndVersion,
  parsePlanBytes,
  parsePlanText,
} from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan-file/types';
import { makePlanFile } from './factories';

const MB = 1024 * 1024;
const valid = serializePlanFile(makePlanFile());

function messageOf(result: ReturnType<typeof parsePlanText>): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem.message;
}

/** Where a cut-off file ends, as the message should say it. */
function endOf(text: string): string {
  const lines = text.split('\n');
  return `line ${lines.length}, column ${(lines[lines.length - 1] as string).length + 1}`;
}

describe('truncated files', () => {
  it('names the line and column where the data ends', () => {
    const cut = valid.slice(0, valid.indexOf('"stage":') + '"stage":'.length);
    expect(messageOf(parsePlanText(cut))).toBe(
      `The file is not valid JSON: unexpected end of data at ${endOf(cut)}.`,
    );
  });

  it('says where a string cut off inside its quotes starts', () => {
    const start = valid.indexOf('"Receipt Scanner"');
    const cut = valid.slice(0, start + 5);
    expect(messageOf(parsePlanText(cut))).toBe(
      `The file is not valid JSON: text in quotes that never ends (unexpected end of data) at ${endOf(cut.slice(0, start))}.`,
    );
  });

  it('treats a file cut inside `true` as ending early', () => {
    const cut = valid.slice(0, valid.indexOf('true') + 2);
    expect(messageOf(parsePlanText(cut))).toContain('unexpected end of data at');
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a": }', 'unexpected "}" where a value should be at line 1, column 7'],
    [
      '{\n  "a": 1,\n}',
      'unexpected "}" where a property name in double quotes should be at line 3, column 1',
    ],
    ['[1 2]', 'unexpected "2" where "," or "]" should be at line 1, column 4'],
    [
      "{'a': 1}",
      `unexpected "'" where a property name in double quotes should be at line 1, column 2`,
    ],
    ['{"a" 1}', 'unexpected "1" where ":" should be at line 1, column 6'],
    ['{"a": 01}', 'unexpected "1" where "," or "}" should be at line 1, column 8'],
    ['{"a": -}', 'a malformed number at line 1, column 7'],
    ['["a\\x"]', 'an unknown escape "\\x" in text at line 1, column 4'],
    ['["\\u12"]', 'a \\u escape without four hex digits at line 1, column 3'],
    ['["a\nb"]', 'a line break or control character inside text in quotes at line 1, column 4'],
    ['{} {}', 'more text after the end of the data at line 1, column 4'],
  ])('%j', (text, detail) => {
    expect(messageOf(parsePlanText(text))).toBe(`The file is not valid JSON: ${detail}.`);
  });
});

describe('keys that could reach object prototypes', () => {
  it.each([
    ['__proto__', '"name":"Portfolio"', 'plan.__proto__'],
    ['constructor', '"format":"lifecycle-plan"', 'constructor'],
    // A product's first stage entry: row 0, column 7 (stageHistory), entry 0.
    ['prototype', '"stage":"ideation"', 'products.rows[0][7][0].prototype'],
  ])('refuses %s and names where it is', (key, before, path) => {
    const text = valid.replace(before, `"${key}": { "polluted": true }, ${before}`);
    const result = parsePlanText(text);
    expect(messageOf(result)).toBe(
      `${path}: the key "${key}" is not allowed in a plan file (it could change how the app's own objects behave).`,
    );
    expect(!result.ok && result.problem.path).toBe(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('nesting', () => {
  it('refuses data nested thousands deep, with a shortened path', () => {
    const depth = 100_000;
    const text = `{"format":"lifecycle-plan","version":1,"plan":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const result = parsePlanText(text);
    expect(messageOf(result)).toMatch(
      /^plan(\[0\])+…(\[0\])+: the data is nested more than 64 levels deep; a plan file needs far fewer\.$/,
    );
  });

  it('locates a syntax error in brackets a million deep without overflowing the stack', () => {
    const text = '['.repeat(1_000_000);
    expect(messageOf(parsePlanText(text))).toBe(
      'The file is not valid JSON: unexpected end of data at line 1, column 1000001.',
    );
  });

  it('accepts the nesting a real plan file has', () => {
    expect(parsePlanText(valid).ok).toBe(true);
  });
});

describe('bytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('reads a valid file', () => {
    expect(parsePlanBytes(encode(valid))).toMatchObject({ ok: true, migratedFrom: null });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty.'],
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]), 'byte-order mark'],
    [
      'invalid UTF-8',
      new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      'not valid UTF-8 text (byte 2)',
    ],
    [
      'a truncated multi-byte character',
      encode('["é').slice(0, 3),
      'not valid UTF-8 text (byte 2)',
    ],
  ])('refuses %s', (_name, bytes, message) => {
    expect(messageOf(parsePlanBytes(bytes))).toContain(message);
  });
});

describe('size limit', () => {
  it('is 256 MB: 200 MB files pass, larger than the limit do not', () => {
    expect(MAX_PLAN_FILE_BYTES).toBe(256 * MB);
    expect(checkPlanFileSize(200 * MB)).toBeNull();
    expect(checkPlanFileSize(MAX_PLAN_FILE_BYTES)).toBeNull();
    expect(checkPlanFileSize(257 * MB)).toEqual({
      message: 'The file is 257.0 MB; plan files can be at most 256.0 MB.',
    });
  });
});

describe('versions', () => {
  it('names the app version that reads a newer file when it is known', () => {
    const check = checkFormatAndVersion({ format: 'lifecycle-plan', version: 4 }, { 4: '0.4.0' });
    expect(!check.ok && check.problem.message).toBe(
      'This plan file is version 4, made by a newer app; Lifecycle Planner 0.3.0 reads up to version 3. Open it with Lifecycle Planner 0.4.0 or later.',
    );
  });
});

describe('never throws', () => {
  it('turns a failing migration into a message', () => {
    const text = valid.replace('"version":3', '"version": 0');
    const result = parsePlanText(text, {
      migrations: [
        {
          from: 0,
          migrate: () => {
            throw new Error('products had no stage');
          },
        },
      ],
    });
    expect(messageOf(result)).toBe(
      'This plan file could not be brought up from version 0 to 1: products had no stage.',
    );
  });

  it('turns anything thrown outside a migration step into a message', () => {
    const broken = new Proxy([], {
      get() {
        throw new TypeError('broken chain');
      },
    }) as readonly Migration[];
    const result = parsePlanText(valid.replace('"version":3', '"version": 0'), {
      migrations: broken,
    });
    expect(messageOf(result)).toBe('The file could not be read: broken chain');
  });
});
