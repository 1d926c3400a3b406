/**
 * A plan's fingerprint: the SHA-256 of its file written without a base. Two copies with the
 * same records have the same fingerprint wherever they were written, which is how a merge
 * recognises the copy a colleague's file descends from (docs/plan-file.md, "Merging"). The
 * hash is fed part by part (SHA-256 of @noble/hashes; WebCrypto takes only one buffer), so a
 * plan larger than one string may be is fingerprinted too.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { planFileParts } from './serialize';
import type { PlanFile } from './types';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX[byte] as string;
  return text;
}

/** SHA-256 of text given in parts, as UTF-8, in lower-case hex. */
export function sha256Hex(parts: readonly string[] | string): string {
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

export function fingerprintOf(file: PlanFile): string {
  return fingerprinted(file).fingerprint;
}
