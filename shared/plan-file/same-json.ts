/**
 * Deep equality of JSON data, without serialising: most records of two copies of a plan are
 * the same, and this is the hot path of a merge, and of the changes a merge or a replacement
 * writes, over hundreds of thousands of records. Equal means their JSON would say the same:
 * key order does not matter, and a key whose value is undefined counts as no key (a record
 * read back from the database may carry one where a file has none).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value, b[i]));
  }
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  let keysA = 0;
  for (const key of Object.keys(recordA)) {
    if (recordA[key] === undefined) continue;
    keysA += 1;
    if (!Object.hasOwn(recordB, key) || !sameJson(recordA[key], recordB[key])) return false;
  }
  let keysB = 0;
  for (const key of Object.keys(recordB)) if (recordB[key] !== undefined) keysB += 1;
  return keysA === keysB;
}
