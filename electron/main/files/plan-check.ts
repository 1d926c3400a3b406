/**
 * Checks that a plan's text, as the page hands it over for a backup, is a plan file this app
 * can read back, and reads what the backup list shows (id, name, product count) from the plan
 * itself rather than from what the page says about it. A backup that would not parse is never
 * kept, so it can never push a good one out of the retention window.
 *
 * Parsing a large plan takes seconds (a 27 MB plan about 0.6 s, the largest several), which
 * would freeze the main process: menus, window moves and every IPC answer. So the app runs the
 * check in a worker thread (plan-check-worker.ts, bundled beside the main bundle); the check
 * itself is the same function either way.
 */
import { Worker } from 'node:worker_threads';
import { parsePlanText } from '../../../shared/plan-file/parse';

export type PlanCheck =
  { ok: true; planId: string; planName: string; products: number } | { ok: false; message: string };

export type PlanChecker = (text: string) => Promise<PlanCheck>;

export function checkPlanText(text: string): PlanCheck {
  const parsed = parsePlanText(text);
  if (!parsed.ok) {
    const where = parsed.problem.path === undefined ? '' : ` (at ${parsed.problem.path})`;
    return { ok: false, message: `${parsed.problem.message}${where}` };
  }
  const { plan, products } = parsed.file;
  return { ok: true, planId: plan.id, planName: plan.name, products: products.length };
}

/** Runs the check in the calling thread; for tests and for plans known to be small. */
export const checkPlanInThread: PlanChecker = (text) => Promise.resolve(checkPlanText(text));

function isPlanCheck(value: unknown): value is PlanCheck {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === false) return 'message' in value && typeof value.message === 'string';
  return (
    value.ok === true &&
    'planId' in value &&
    typeof value.planId === 'string' &&
    'planName' in value &&
    typeof value.planName === 'string' &&
    'products' in value &&
    typeof value.products === 'number'
  );
}

/**
 * A checker that runs each check in a fresh worker thread started from `workerFile` (the
 * bundled plan-check-worker.cjs). A worker that fails or dies gives a refusal, never a crash.
 */
export function createWorkerPlanChecker(workerFile: string): PlanChecker {
  return (text) =>
    new Promise<PlanCheck>((resolve) => {
      let settled = false;
      const settle = (result: PlanCheck) => {
        if (settled) return;
        settled = true;
        resolve(result);
      };
      let worker: Worker;
      try {
        worker = new Worker(workerFile, { workerData: { text } });
      } catch (error) {
        settle({ ok: false, message: `the check could not start (${String(error)})` });
        return;
      }
      worker.once('message', (message: unknown) => {
        settle(isPlanCheck(message) ? message : { ok: false, message: 'the check answered oddly' });
        void worker.terminate();
      });
      worker.once('error', (error) => {
        settle({ ok: false, message: `the check failed (${error.message})` });
      });
      worker.once('exit', (code) => {
        settle({ ok: false, message: `the check stopped early (exit code ${String(code)})` });
      });
    });
}
