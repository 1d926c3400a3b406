/**
 * A plan's fingerprint: the SHA-256 of its file written without a base. Two copies with the
 * same records have the same fingerprint wherever they were written, which is how a merge
 * recognises the copy a colleague's file descends from (docs/plan-file.md, "Merging"). The
 * hash is fed part by part (SHA-256 of @noble/hashes; WebCrypto takes only one buffer), so a
 * plan larger than one string may be is fingerprinted too.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { planFileChunks, planFileParts } from './serialize';
import type { PlanFile } from './types';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX[byte] as string;
  return text;
}

/** SHA-256 of text given in parts, as UTF-8, in lower-case hex. */
export function sha256Hex(parts: Iterable<string> | string): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  for (const part of typeof parts === 'string' ? [parts] : parts) hash.update(encoder.encode(part));
  return hex(hash.digest());
}

/** The file's parts without a base, and the plan's fingerprint. */
export function fingerprinted(file: PlanFile): { unbased: string[]; fingerprint: string } {
  const unbased = planFileParts({ ...file, base: null });
  return { unbased, fingerprint: sha256Hex(unbased) };
}

/** The parts `fingerprinted` gave, with the base filled in (it is in the first part). */
export function withBase(unbased: readonly string[], base: string | null): string[] {
  const [first = '', ...rest] = unbased;
  if (base === null) return [first, ...rest];
  return [first.replace('"base":null', `"base":${JSON.stringify(base)}`), ...rest];
}

/** The plan's fingerprint, hashed part by part as the text is made: no part is kept. */
export function fingerprintOf(file: PlanFile): string {
  return sha256Hex(planFileChunks({ ...file, base: null }));
}

/**
 * The file's text without a base, kept off the JS heap: its first part (where a base goes)
 * and the rest as a Blob, whose bytes the browser holds. Made in one pass that hashes each
 * part, hands its bytes to the Blob and lets it go, so a large plan's text (130 million
 * characters) is never held whole as strings.
 */
export interface UnbasedText {
  first: string;
  rest: Blob;
  fingerprint: string;
}

export function unbasedText(file: PlanFile): UnbasedText {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  let first: string | null = null;
  const rest: Blob[] = [];
  for (const part of planFileChunks({ ...file, base: null })) {
    const bytes = encoder.encode(part);
    hash.update(bytes);
    if (first === null) first = part;
    else rest.push(new Blob([bytes]));
  }
  return { first: first ?? '', rest: new Blob(rest), fingerprint: hex(hash.digest()) };
}

/** The file's text as a Blob, with `base` filled in. */
export function textWithBase(text: UnbasedText, base: string | null, type = ''): Blob {
  const [first = ''] = withBase([text.first], base);
  return new Blob([first, text.rest], { type });
}
