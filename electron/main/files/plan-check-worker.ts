/**
 * The worker thread behind createWorkerPlanChecker (plan-check.ts): checks one plan's text,
 * given as workerData, posts the result and ends. Bundled on its own as
 * dist/electron/main/plan-check-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlanText, type PlanCheck } from './plan-check';

function textOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('text' in data)) return null;
  return typeof data.text === 'string' ? data.text : null;
}

const text = textOf(workerData);
const result: PlanCheck =
  text === null ? { ok: false, message: 'no plan text was given' } : checkPlanText(text);
parentPort?.postMessage(result);
