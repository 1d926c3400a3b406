/**
 * A plan file saved in UTF-16 or UTF-32 is named for what it is, with how to save it as
 * UTF-8, instead of "not valid UTF-8 text (byte 0)". The bytes are real encodings of a plan:
 * Node's own UTF-16 encoder, and UTF-32 written code point by code point.
 */
import { describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../../shared/plan-file/decode';
import { describeOtherEncoding } from '../../../shared/plan-file/encodings';
import { parsePlanBytes } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { makePlanFile } from './factories';

const HOW_TO_FIX =
  'Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8';

// A real plan, with names outside ASCII as plans have (accents, CJK, an emoji).
const plan = makePlanFile();
const text = serializePlanFile({
  ...plan,
  plan: { ...plan.plan, name: 'Portefeuille 2026 — 財務 🚀' },
});

function utf16(content: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(content, 'utf16le');
  return new Uint8Array(endian === 'le' ? bytes : bytes.swap16());
}

function utf32(content: string, endian: 'le' | 'be'): Uint8Array {
  const points = [...content].map((c) => c.codePointAt(0) as number);
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((point, i) => view.setUint32(i * 4, point, endian === 'le'));
  return new Uint8Array(view.buffer);
}

function messageOf(bytes: Uint8Array): string {
  const result = decodePlanBytes(bytes);
  if (result.ok) throw new Error('expected the bytes to be refused');
  return result.problem.message;
}

describe('a plan file in another Unicode encoding', () => {
  it.each([
    ['UTF-16 (little-endian)', utf16(`\uFEFF${text}`, 'le'), [0xff, 0xfe]],
    ['UTF-16 (big-endian)', utf16(`\uFEFF${text}`, 'be'), [0xfe, 0xff]],
    ['UTF-32 (little-endian)', utf32(`\uFEFF${text}`, 'le'), [0xff, 0xfe, 0x00, 0x00]],
    ['UTF-32 (big-endian)', utf32(`\uFEFF${text}`, 'be'), [0x00, 0x00, 0xfe, 0xff]],
  ])('with its byte-order mark is named %s, with how to fix it', (name, bytes, bom) => {
    expect([...bytes.slice(0, bom.length)]).toEqual(bom);
    expect(messageOf(bytes)).toBe(
      `The file is ${name} text (it starts with that encoding's byte-order mark). ${HOW_TO_FIX} (in Notepad: Save as, then Encoding: UTF-8).`,
    );
  });

  it.each([
    ['UTF-16 (little-endian)', utf16(text, 'le')],
    ['UTF-16 (big-endian)', utf16(text, 'be')],
    ['UTF-32 (little-endian)', utf32(text, 'le')],
    ['UTF-32 (big-endian)', utf32(text, 'be')],
  ])('without a byte-order mark is recognised by its zero bytes as %s', (name, bytes) => {
    const message = messageOf(bytes);
    expect(message).toMatch(
      new RegExp(`^The file looks like ${name.replace(/[()]/g, '\\$&')} text`),
    );
    expect(message).toContain(HOW_TO_FIX);
  });

  it('is recognised even when most of its text is not ASCII', () => {
    const mostlyCjk = `{"name": "${'財務計画'.repeat(200)}"}`;
    expect(messageOf(utf16(mostlyCjk, 'le'))).toContain('UTF-16 (little-endian)');
  });

  it('is refused by the whole read, and says so, not "byte 0"', () => {
    const result = parsePlanBytes(utf16(`\uFEFF${text}`, 'le'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).not.toContain('byte 0');
    expect(!result.ok && result.problem.message).toContain('UTF-16');
  });

  it('once saved as UTF-8, the same plan reads', () => {
    const result = parsePlanBytes(new TextEncoder().encode(text));
    expect(result.ok && result.file.plan.name).toBe('Portefeuille 2026 — 財務 🚀');
  });
});

describe('UTF-8 files are not taken for UTF-16', () => {
  it.each([
    ['a plan', text],
    ['a plan of one character per line', '[\n1\n]\n'],
    ['non-ASCII text', '{"name": "Ærøskøbing – 東京 – 🚀🚀🚀"}'],
  ])('%s', (_name, content) => {
    expect(describeOtherEncoding(new TextEncoder().encode(content))).toBeNull();
  });

  it('leaves other invalid bytes to the UTF-8 check, which says where and how to fix it', () => {
    // Windows-1252 "café": the é is one byte, never valid UTF-8 on its own.
    const latin1 = new Uint8Array([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]);
    expect(messageOf(latin1)).toBe(`The file is not valid UTF-8 text (byte 5). ${HOW_TO_FIX}.`);
  });

  it('names UTF-16 before reading a NUL-laden file as UTF-8 (where NUL is valid)', () => {
    const bytes = utf16('{"a": 1}', 'le');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('\u0000');
    expect(messageOf(bytes)).toContain('UTF-16 (little-endian)');
  });
});
