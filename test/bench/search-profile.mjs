/* global window */
/**
 * `npm run bench -- --size L --only searchProfile`: where the time of each search key goes.
 * "reminders" is typed key by key, as in the search-everything step, under a
 * Chromium trace, and each key's time is split between the threads that share the machine's
 * cores: the page's main thread (React's renders and the browser's style, layout and paint),
 * the search worker (time on the thread and time it actually ran) and raster. Asked for by
 * name only: tracing slows the page, so its figures are printed and never recorded.
 */
import { within } from './limits.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'].join(',');
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize']);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function threadNames(events) {
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  return (e) => names.get(`${e.pid}:${e.tid}`) ?? '';
}

/** Each key's share of every thread's work, from its input event to the next key's. */
export function breakDown(events, typed) {
  const thread = threadNames(events);
  const inputs = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const ms = (us) => Math.round(us / 100) / 10;
  return inputs.slice(0, typed.length).map((start, i) => {
    const end = inputs[i + 1] ?? Infinity;
    const sum = { main: 0, styleLayout: 0, paint: 0, worker: 0, workerCpu: 0, raster: 0 };
    for (const e of events) {
      if (e.ph !== 'X' || e.ts < start || e.ts >= end) continue;
      const name = thread(e);
      if (name === 'CrRendererMain') {
        if (TASKS.has(e.name)) sum.main += e.dur;
        else if (STYLE_LAYOUT.has(e.name)) sum.styleLayout += e.dur;
        else if (PAINT.has(e.name)) sum.paint += e.dur;
      } else if (name.startsWith('DedicatedWorker') && TASKS.has(e.name)) {
        sum.worker += e.dur;
        sum.workerCpu += e.tdur ?? e.dur;
      } else if (e.name === 'RasterTask') sum.raster += e.dur;
    }
    return {
      results: typed[i].results,
      board: typed[i].board,
      mainMs: ms(sum.main),
      scriptMs: ms(sum.main - sum.styleLayout - sum.paint),
      styleLayoutMs: ms(sum.styleLayout),
      paintMs: ms(sum.paint),
      workerMs: ms(sum.worker),
      workerCpuMs: ms(sum.workerCpu),
      rasterMs: ms(sum.raster),
    };
  });
}

/** Types `word` under a trace and prints each key's figures; returns the slowest board key. */
export async function profileSearchKeys(page, word, limitMs) {
  const type = (text) =>
    within(
      limitMs,
      `typing "${text}"`,
      page.evaluate(([t, limit]) => window.__bench.typeEverything(t, limit), [text, limitMs]),
    );
  // The first letter waits for the worker to read the plan: typed before the trace starts.
  await type('x');
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let typed;
  try {
    typed = await type(word);
  } finally {
    await cdp.send('Tracing.end');
    await within(limitMs, 'the trace', complete);
    await cdp.detach().catch(() => undefined);
  }
  const keys = breakDown(events, typed);
  console.log(
    '    key         results  board | main: all  script  style+layout  paint | worker (ran)  | raster',
  );
  keys.forEach((key, i) => {
    const cells = [
      `"${word.slice(0, i + 1)}"`.padEnd(12),
      `${Math.round(key.results)}`.padStart(7),
      `${Math.round(key.board)}`.padStart(6),
      `${key.mainMs}`.padStart(10),
      `${key.scriptMs}`.padStart(7),
      `${key.styleLayoutMs}`.padStart(13),
      `${key.paintMs}`.padStart(6),
      `${key.workerMs} (${key.workerCpuMs})`.padStart(13),
      `${key.rasterMs}`.padStart(8),
    ];
    console.log(
      `    ${cells.slice(0, 3).join(' ')} |${cells.slice(3, 7).join(' ')} |${cells[7]} |${cells[8]}`,
    );
  });
  return { searchProfileBoardMaxMs: Math.max(...keys.map((key) => key.board)) };
}
