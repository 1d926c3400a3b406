/**
 * Turns a chosen file into an analysis: reads it with progress, then parses it in a worker.
 * Where a worker cannot start (some hosts refuse module workers), it parses on the page.
 */
import { checkPlanFileSize } from '../../../shared/plan-file/decode';
import type { ImportSource } from '../platform';
import { analyse, type AnalyseInput, type Analysis, type AnalysePhase } from './analyse';

export type ReadProgress =
  { phase: 'reading'; loaded: number; total: number } | { phase: AnalysePhase };

function readBlob(blob: Blob, onProgress: (p: ReadProgress) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress({ phase: 'reading', loaded: e.loaded, total: e.total });
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

type WorkerMessage = { type: 'phase'; phase: AnalysePhase } | { type: 'result'; result: Analysis };

function analyseInWorker(input: AnalyseInput, onProgress: (p: ReadProgress) => void) {
  return new Promise<Analysis>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analyse.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'phase') onProgress({ phase: event.data.phase });
      else {
        resolve(event.data.result);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the parsing worker stopped'));
    };
    // Cloned, not transferred: the page keeps its copy for the on-page fallback.
    worker.postMessage(input);
  });
}

export async function analyseSource(
  source: ImportSource,
  onProgress: (p: ReadProgress) => void,
): Promise<Analysis> {
  let input: AnalyseInput;
  if ('blob' in source) {
    const sizeProblem = checkPlanFileSize(source.blob.size);
    if (sizeProblem) return { kind: 'error', problem: sizeProblem };
    try {
      input = { kind: 'bytes', buffer: await readBlob(source.blob, onProgress) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'error', problem: { message: `The file could not be read: ${message}` } };
    }
  } else {
    input = { kind: 'text', text: source.text };
  }
  try {
    return await analyseInWorker(input, onProgress);
  } catch {
    return analyse(input, (phase) => onProgress({ phase }));
  }
}
