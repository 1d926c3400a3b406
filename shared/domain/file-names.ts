/**
 * The one way a name people typed becomes the name of a saved file, in the save dialog, a
 * download or a suggested name crossing to main. Names may be 10,000 characters long and hold
 * anything; a file name must be short (most file systems take 255 bytes of UTF-8, the IPC
 * contract 200 characters) and valid on every system the file may travel to, since plans are
 * shared.
 */
/** Bytes of UTF-8, so a name of any script fits with room for a view's name and extension. */
export const MAX_FILE_STEM_BYTES = 120;

/** The name given to a file whose name had nothing usable left. */
export const UNTITLED = 'Untitled';

// Path separators, the characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A file name without its extension: forbidden characters become spaces, runs of white space
 * fold into one, leading dots (which hide a file) and trailing dots and spaces (which Windows
 * drops) go, and the name is cut between characters, never inside one.
 */
export function fileNameStem(name: string, maxBytes: number = MAX_FILE_STEM_BYTES): string {
  const stem = fileNamePart(name, maxBytes);
  if (stem === '') return UNTITLED;
  return RESERVED.test(stem) ? `${stem} plan` : stem;
}

/** The same cleaning, with nothing (an empty string) where nothing usable is left. */
export function fileNamePart(name: string, maxBytes: number): string {
  const cleaned = name
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  let stem = '';
  let bytes = 0;
  for (const char of cleaned) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    stem += char;
  }
  return stem.replace(/[\s.]+$/, '');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The stem with `extension` added once (a name that already ends with it keeps its own case). */
export function fileNameWith(
  name: string,
  extension: string,
  maxBytes: number = MAX_FILE_STEM_BYTES,
): string {
  const stem = fileNameStem(name, maxBytes);
  return stem.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? stem : `${stem}.${extension}`;
}
