/**
 * A plan's fingerprint: the SHA-256 of its file written without a base. Two copies with the
 * same records have the same fingerprint wherever they were written, which is how a merge
 * recognises the copy a colleague's file descends from (docs/plan-file.md, "Merging").
 */
import type { PlanFile } from './types';
import { serializePlanFile } from './serialize';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += HEX[byte] as string;
  return hex;
}

/** The file's text without a base, and the plan's fingerprint. */
export async function fingerprinted(
  file: PlanFile,
): Promise<{ unbased: string; fingerprint: string }> {
  const unbased = serializePlanFile({ ...file, base: null });
  return { unbased, fingerprint: await sha256Hex(unbased) };
}

/** The text `fingerprinted` gave, with its base filled in. */
export function withBase(unbased: string, base: string | null): string {
  // `base` is the third key of the file: its first occurrence is the field.
  return base === null ? unbased : unbased.replace('"base": null', `"base": "${base}"`);
}

export async function fingerprintOf(file: PlanFile): Promise<string> {
  return (await fingerprinted(file)).fingerprint;
}
