/**
 * What a chosen file is: a plan file (parsed and checked), a Trello board export, or a file
 * refused with the reason. Pure, so it runs in the parsing worker and, where workers are not
 * available, on the page.
 */
import { decodePlanBytes } from '../../../shared/plan-file/decode';
import { parsePlanText } from '../../../shared/plan-file/parse';
import {
  isTrelloExport,
  readTrelloBoard,
  summarizeTrelloBoard,
  type TrelloBoard,
} from '../../../shared/plan-file/trello';
import type { PlanFile, PlanFileProblem } from '../../../shared/plan-file/types';

export type AnalyseInput = { kind: 'bytes'; buffer: ArrayBuffer } | { kind: 'text'; text: string };

export type Analysis =
  | { kind: 'plan'; file: PlanFile; migratedFrom: number | null }
  | { kind: 'trello'; board: TrelloBoard; summary: ReturnType<typeof summarizeTrelloBoard> }
  | { kind: 'error'; problem: PlanFileProblem };

export type AnalysePhase = 'decoding' | 'parsing';

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

export function analyse(input: AnalyseInput, onPhase: (phase: AnalysePhase) => void): Analysis {
  try {
    let text: string;
    if (input.kind === 'bytes') {
      onPhase('decoding');
      const decoded = decodePlanBytes(new Uint8Array(input.buffer));
      if (!decoded.ok) return { kind: 'error', problem: decoded.problem };
      text = decoded.text;
    } else {
      text = input.text;
    }
    onPhase('parsing');
    const parsed = parsePlanText(text);
    if (parsed.ok) return { kind: 'plan', file: parsed.file, migratedFrom: parsed.migratedFrom };
    // Not a plan file: it may be a Trello board, recognised by its content.
    return asTrello(text) ?? { kind: 'error', problem: parsed.problem };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', problem: { message: `The file could not be read: ${message}` } };
  }
}
