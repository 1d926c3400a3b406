/**
 * What a chosen file is: a plan file (parsed and checked), a Trello board export, or a file
 * refused with the reason. Pure, so it runs in the parsing worker and, where workers are not
 * available, on the page.
 */
import { decodePlanBytes } from '../../../shared/plan-file/decode';
import { parsePlanText, parsePlanValue } from '../../../shared/plan-file/parse';
import { readPlanBlob } from '../../../shared/plan-file/read-blob';
import {
  isTrelloExport,
  readTrelloBoard,
  summarizeTrelloBoard,
  type TrelloBoard,
} from '../../../shared/plan-file/trello';
import type { PlanFile, PlanFileProblem, PlanFileResult } from '../../../shared/plan-file/types';

/** A chosen or dropped file is read as a stream where it runs (the worker); text is pasted. */
export type AnalyseInput = { kind: 'blob'; blob: Blob } | { kind: 'text'; text: string };

export type Analysis =
  | { kind: 'plan'; file: PlanFile; migratedFrom: number | null }
  | { kind: 'trello'; board: TrelloBoard; summary: ReturnType<typeof summarizeTrelloBoard> }
  | { kind: 'error'; problem: PlanFileProblem };

export type AnalyseProgress =
  | { phase: 'reading'; loaded: number; total: number }
  | { phase: 'decoding' }
  | { phase: 'parsing' };

function asTrello(text: string): Analysis | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isTrelloExport(value)) return null;
  const read = readTrelloBoard(value);
  if (!read.ok) return { kind: 'error', problem: read.problem };
  return { kind: 'trello', board: read.board, summary: summarizeTrelloBoard(read.board) };
}

function asPlan(file: Extract<PlanFileResult, { ok: true }>): Analysis {
  return { kind: 'plan', file: file.file, migratedFrom: file.migratedFrom };
}

export async function analyse(
  input: AnalyseInput,
  onProgress: (progress: AnalyseProgress) => void,
): Promise<Analysis> {
  try {
    let text: string;
    if (input.kind === 'blob') {
      const read = await readPlanBlob(input.blob, (loaded, total) =>
        onProgress({ phase: 'reading', loaded, total }),
      );
      if (read.kind === 'error') return { kind: 'error', problem: read.problem };
      if (read.kind === 'value') {
        onProgress({ phase: 'parsing' });
        const parsed = parsePlanValue(read.value);
        return parsed.ok ? asPlan(parsed) : { kind: 'error', problem: parsed.problem };
      }
      onProgress({ phase: 'decoding' });
      const decoded = decodePlanBytes(read.bytes);
      if (!decoded.ok) return { kind: 'error', problem: decoded.problem };
      text = decoded.text;
    } else {
      text = input.text;
    }
    onProgress({ phase: 'parsing' });
    const parsed = parsePlanText(text);
    if (parsed.ok) return asPlan(parsed);
    // Not a plan file: it may be a Trello board, recognised by its content.
    return asTrello(text) ?? { kind: 'error', problem: parsed.problem };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', problem: { message: `The file could not be read: ${message}` } };
  }
}
