/** Types of search-profile.mjs, for the tests. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface KeyShare {
  results: number;
  board: number;
  mainMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  paintMs: number;
  workerMs: number;
  workerCpuMs: number;
  rasterMs: number;
}

export function breakDown(
  events: readonly TraceEvent[],
  typed: readonly { results: number; board: number }[],
): KeyShare[];
