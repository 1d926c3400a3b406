import { describe, expect, it } from 'vitest';
import { breakDown, type TraceEvent } from '../../bench/search-profile.mjs';

const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 20 };
const POOL = { pid: 1, tid: 30 };

const thread = (at: { pid: number; tid: number }, name: string): TraceEvent => ({
  ...at,
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  args: { name },
});
const input = (ts: number): TraceEvent => ({
  ...MAIN,
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: 500,
  args: { data: { type: 'input' } },
});
const work = (
  at: { pid: number; tid: number },
  name: string,
  ts: number,
  ms: number,
  cpuMs?: number,
): TraceEvent => ({
  ...at,
  name,
  ph: 'X',
  ts,
  dur: ms * 1000,
  ...(cpuMs === undefined ? {} : { tdur: cpuMs * 1000 }),
});

const names = [
  thread(MAIN, 'CrRendererMain'),
  thread(WORKER, 'DedicatedWorker thread'),
  thread(POOL, 'ThreadPoolForegroundWorker'),
];

describe('the search profile', () => {
  it('gives each key the work done from its input event to the next key', () => {
    const events = [
      ...names,
      input(100_000),
      work(MAIN, 'RunTask', 100_000, 40),
      work(MAIN, 'Layout', 110_000, 6),
      work(MAIN, 'UpdateLayoutTree', 120_000, 2),
      work(MAIN, 'Paint', 125_000, 5),
      work(MAIN, 'PrePaint', 131_000, 3),
      work(WORKER, 'RunTask', 101_000, 30, 12),
      work(POOL, 'RasterTask', 140_000, 7),
      input(200_000),
      work(MAIN, 'RunTask', 200_000, 10),
      work(WORKER, 'RunTask', 201_000, 5, 5),
    ];
    const typed = [
      { results: 50, board: 90 },
      { results: 20, board: 25 },
    ];
    const [first, second] = breakDown(events, typed);
    expect(first).toEqual({
      results: 50,
      board: 90,
      mainMs: 40,
      scriptMs: 24,
      styleLayoutMs: 8,
      paintMs: 8,
      workerMs: 30,
      workerCpuMs: 12,
      rasterMs: 7,
    });
    expect(second).toMatchObject({ mainMs: 10, workerMs: 5, workerCpuMs: 5, rasterMs: 0 });
  });

  it('leaves out the work of threads other than the page, its workers and raster', () => {
    const browser = { pid: 2, tid: 1 };
    const events = [
      ...names,
      thread(browser, 'CrBrowserMain'),
      input(0),
      work(browser, 'RunTask', 1000, 50),
      work(MAIN, 'RunTask', 2000, 4),
    ];
    const [key] = breakDown(events, [{ results: 10, board: 10 }]);
    expect(key).toMatchObject({ mainMs: 4, workerMs: 0, rasterMs: 0 });
  });

  it('counts a worker task without a CPU time as running throughout', () => {
    const events = [...names, input(0), work(WORKER, 'RunTask', 1000, 9)];
    const [key] = breakDown(events, [{ results: 10, board: 10 }]);
    expect(key).toMatchObject({ workerMs: 9, workerCpuMs: 9 });
  });
});
