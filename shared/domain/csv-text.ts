/**
 * The text of a CSV file from its bytes. Survey tools write UTF-8 (often with a byte-order
 * mark); Excel's "Unicode text" is UTF-16 with a mark; an older Excel on Windows writes the
 * machine's code page, for Western Europe Windows-1252. A file that is not valid UTF-8 and
 * has no mark is read as Windows-1252, and the caller says so, so accented names can be
 * checked in the preview rather than silently garbled.
 */
export interface CsvText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252. */
  readAs: 'windows-1252' | null;
}

/** Far more than a survey of one product; refused before it is read into memory twice. */
export const MAX_CSV_BYTES = 32 * 1024 * 1024;

export function decodeCsvBytes(bytes: Uint8Array): CsvText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), readAs: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), readAs: null };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), readAs: null };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), readAs: 'windows-1252' };
  }
}
