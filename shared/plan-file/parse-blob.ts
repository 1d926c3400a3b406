/**
 * A plan file in a Blob (a backup unzipped as it streams, a chosen file) to the plan or the
 * one problem with it: read by lines where it is in the layout this app writes, so its whole
 * text is never one string, else decoded and read whole with the same checks and messages.
 */
import { decodePlanBytes } from './decode';
import { parsePlanText, parsePlanValue } from './parse';
import { readPlanBlob, type BlobSource, type ReadProgress } from './read-blob';
import type { PlanFileResult } from './types';

export async function parsePlanBlob(
  blob: BlobSource,
  onProgress: ReadProgress = () => undefined,
): Promise<PlanFileResult> {
  const read = await readPlanBlob(blob, onProgress);
  if (read.kind === 'error') return { ok: false, problem: read.problem };
  if (read.kind === 'value') return parsePlanValue(read.value);
  const decoded = decodePlanBytes(read.bytes);
  return decoded.ok ? parsePlanText(decoded.text) : { ok: false, problem: decoded.problem };
}
