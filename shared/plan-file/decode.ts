/**
 * Bytes to text for plan files: the size limit, empty files, a byte-order mark, text in
 * UTF-16 or UTF-32 and invalid UTF-8 are refused here with a message saying what is wrong and
 * how to save the file as UTF-8, before any JSON is parsed. Main uses it on files it reads;
 * the renderer on files chosen or dropped in the page.
 */
import { describeOtherEncoding } from './encodings';
import { MAX_PLAN_FILE_BYTES, type PlanFileProblem } from './types';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: PlanFileProblem };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/** Checked before reading, from the size the file system or the File object reports. */
export function checkPlanFileSize(
  size: number,
  limit: number = MAX_PLAN_FILE_BYTES,
): PlanFileProblem | null {
  if (size === 0) return { message: 'The file is empty.' };
  if (size > limit) {
    return {
      message: `The file is ${formatBytes(size)}; plan files can be at most ${formatBytes(limit)}.`,
    };
  }
  return null;
}

const SAVE_AS_UTF8 =
  'Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8.';

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  const sizeProblem = checkPlanFileSize(bytes.byteLength);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  // Before the UTF-8 check: UTF-16 text of plain ASCII is valid UTF-8 full of NUL bytes.
  const otherEncoding = describeOtherEncoding(bytes);
  if (otherEncoding) return { ok: false, problem: { message: otherEncoding } };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      problem: {
        message:
          'The file starts with a byte-order mark. Plan files are UTF-8 without one; save it again as plain UTF-8.',
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.trim() === '')
      return { ok: false, problem: { message: 'The file has only white space in it.' } };
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      problem: {
        message: `The file is not valid UTF-8 text (byte ${firstInvalidUtf8Byte(bytes)}). ${SAVE_AS_UTF8}`,
      },
    };
  }
}

/** Offset of the first byte that breaks UTF-8, so the message can say where. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
