/* global window */
/** Time limits for the benchmark's steps: nothing it waits for may make it wait forever. */

/** A step gave up waiting: the page it waited on may be stuck. */
export class StepTimeout extends Error {}

/** `promise`, or a StepTimeout saying what did not finish once `ms` have passed. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new StepTimeout(`${what} did not finish within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits for a board watch started in the page (window.__bench[key]) to end. */
export async function watched(page, key, ms, what) {
  const handle = await within(
    ms,
    what,
    page.waitForFunction(
      (name) => {
        const state = window.__bench?.[name];
        return state && (state.paintedAt !== null || state.error !== null) ? state : false;
      },
      key,
      { timeout: ms, polling: 100 },
    ),
  );
  const state = await handle.jsonValue();
  if (state.error) throw new Error(`the app said: ${state.error}`);
  return state;
}

/** The target for the longest main-thread task; past it, what held the frame is printed. */
const LONGEST_TASK_TARGET_MS = 200;

/**
 * The longest main-thread task between two page times (`to` omitted: until now). One longer
 * than the target is explained on the console by the scripts of the longest frame around it.
 */
export async function longestTask(page, what, from, to) {
  const [ms, scripts] = await page.evaluate(
    ([a, b]) => [window.__bench.longestTask(a, b), window.__bench.longestFrameScripts(a, b)],
    [from, to],
  );
  if (ms > LONGEST_TASK_TARGET_MS && scripts) console.log(`    ${what}: ${scripts}`);
  return ms;
}
