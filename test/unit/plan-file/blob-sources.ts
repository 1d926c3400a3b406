/**
 * Files as the stream reader meets them: bytes arriving in chunks cut anywhere (inside a line,
 * inside a character of several bytes), and the same bytes read whole, to compare the two.
 */
import { decodePlanBytes } from '../../../shared/plan-file/decode';
import { parsePlanText, parsePlanValue } from '../../../shared/plan-file/parse';
import { readPlanBlob, type BlobSource } from '../../../shared/plan-file/read-blob';
import type { PlanFileResult } from '../../../shared/plan-file/types';

/** Where to cut, as offsets taken modulo the file's length. */
export type Cut = number;

export function chunkedBlob(bytes: Uint8Array<ArrayBuffer>, cuts: readonly Cut[]): BlobSource {
  const offsets = [...new Set(cuts.map((cut) => cut % Math.max(bytes.byteLength, 1)))]
    .filter((offset) => offset > 0)
    .sort((a, b) => a - b);
  const bounds = [0, ...offsets, bytes.byteLength];
  return {
    size: bytes.byteLength,
    stream: () =>
      new ReadableStream<Uint8Array<ArrayBuffer>>({
        start(controller) {
          for (let i = 0; i + 1 < bounds.length; i += 1) {
            controller.enqueue(bytes.slice(bounds[i], bounds[i + 1]));
          }
          controller.close();
        },
      }),
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  };
}

const refused = (message: string): PlanFileResult => ({ ok: false, problem: { message } });

/** The file read as a stream, then as the whole text the app read before streams. */
export async function readAllWays(
  bytes: Uint8Array<ArrayBuffer>,
  cuts: readonly Cut[],
): Promise<[PlanFileResult, PlanFileResult]> {
  const read = await readPlanBlob(chunkedBlob(bytes, cuts), () => undefined);
  let streamed: PlanFileResult;
  if (read.kind === 'error') streamed = { ok: false, problem: read.problem };
  else if (read.kind === 'value') streamed = parsePlanValue(read.value);
  else {
    const decoded = decodePlanBytes(read.bytes);
    streamed = decoded.ok ? parsePlanText(decoded.text) : refused(decoded.problem.message);
  }
  const decoded = decodePlanBytes(bytes);
  const whole = decoded.ok ? parsePlanText(decoded.text) : refused(decoded.problem.message);
  return [streamed, whole];
}
