/**
 * Reading a plan file from a Blob (a chosen or dropped File) as a stream: the bytes are decoded
 * and split into lines as they arrive, and a file in the layout this app writes is taken in
 * line by line (./read-lines.ts), so neither its bytes nor its text is ever held whole. That
 * lets a plan file grow past what one string can hold. Any other file (an older version, one
 * written by hand or by another tool, a Trello export) is read whole, as before, up to the
 * size one string can safely hold; its checks and messages are the whole-text reader's.
 */
import { checkPlanFileSize, firstInvalidUtf8Byte, formatBytes } from './decode';
import { describeOtherEncoding } from './encodings';
import { PlanLineReader } from './read-lines';
import { MAX_PLAN_FILE_BYTES, type PlanFileProblem } from './types';

/** Files in the line layout are read up to this size; the memory of the records is the limit. */
export const MAX_STREAMED_PLAN_BYTES = 1024 * 1024 * 1024;
/** No line of the layout comes near this; a longer one means the file is not in it. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

export type BlobRead =
  /** The file was in the line layout: its JSON value, for the checks that follow. */
  | { kind: 'value'; value: Record<string, unknown> }
  /** Any other file, whole, for the whole-text reader. */
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'error'; problem: PlanFileProblem };

export type ReadProgress = (loaded: number, total: number) => void;

/** What is read of a Blob: a File, or anything that streams bytes the same way. */
export type BlobSource = Pick<Blob, 'size' | 'stream' | 'arrayBuffer'>;

const refused = (message: string): BlobRead => ({ kind: 'error', problem: { message } });

/** The first bytes give away UTF-16, UTF-32 or a byte-order mark; plan files have none. */
function encodingProblem(first: Uint8Array): string | null {
  const other = describeOtherEncoding(first);
  if (other) return other;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    return 'The file starts with a byte-order mark. Plan files are UTF-8 without one; save it again as plain UTF-8.';
  }
  return null;
}

async function readWhole(blob: BlobSource): Promise<BlobRead> {
  if (blob.size > MAX_PLAN_FILE_BYTES) {
    return refused(
      `The file is ${formatBytes(blob.size)}. A plan file over ${formatBytes(MAX_PLAN_FILE_BYTES)} must be in the layout Lifecycle Planner writes (version 3, one record per line); save or export it again from the app that made it.`,
    );
  }
  return { kind: 'bytes', bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** Reads `blob` by lines while they follow the layout, else whole. Never throws. */
export async function readPlanBlob(blob: BlobSource, onProgress: ReadProgress): Promise<BlobRead> {
  const sizeProblem = checkPlanFileSize(blob.size, MAX_STREAMED_PLAN_BYTES);
  if (sizeProblem) return { kind: 'error', problem: sizeProblem };
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines = new PlanLineReader();
  let loaded = 0;
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (loaded === 0) {
        const problem = encodingProblem(value);
        if (problem) return refused(problem);
      }
      let text: string;
      try {
        text = rest + decoder.decode(value, { stream: true });
      } catch {
        const at = loaded + firstInvalidUtf8Byte(value);
        return refused(
          `The file is not valid UTF-8 text (byte ${at}). Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8.`,
        );
      }
      loaded += value.byteLength;
      onProgress(loaded, blob.size);
      const split = text.split('\n');
      rest = split.pop() ?? '';
      const inLayout = split.every((line) => lines.push(line)) && rest.length <= MAX_LINE_CHARS;
      if (!inLayout) {
        await reader.cancel();
        return await readWhole(blob);
      }
    }
    lines.push(rest + decoder.decode());
    const result = lines.finish();
    return result.kind === 'value' ? result : await readWhole(blob);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused(`The file could not be read: ${detail}`);
  } finally {
    reader.releaseLock();
  }
}
