/**
 * Names suggested for saved files come from names people typed, which may be 10,000
 * characters long: the host's save dialog and the IPC contract take at most 200.
 */
export const MAX_FILE_STEM_LENGTH = 120;

/** The name with runs of white space folded, cut between characters (never inside one). */
export function fileNameStem(name: string, max: number = MAX_FILE_STEM_LENGTH): string {
  let stem = '';
  for (const char of name.replace(/\s+/g, ' ').trim()) {
    if (stem.length + char.length > max) break;
    stem += char;
  }
  return stem.trim() || 'Untitled';
}
