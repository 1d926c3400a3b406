/**
 * The benchmark's output: one table per plan size on the console (value, floor, ratio,
 * target), and bench/results.json, the committed record of a run. Running one size replaces
 * that size's entry and keeps the others, each with the date and machine it was measured on.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';

/** A 60 Hz refresh plus the jitter of performance.now() (coarsened to 0.1 ms here). */
const ONE_REFRESH_MS = 16.7 + 0.25;

const under = (key, limit) => (m) => m[key] <= limit;
const withinRatio = (key, floorKey, times) => (m) =>
  (ratio(m[key], m[floorKey]) ?? Infinity) <= times;

/** The targets, set for L on two cores and shown for every size. */
export const TARGETS = {
  import: { text: '≤ 3× floor', met: withinRatio('importMs', 'importFloorMs', 3) },
  importNoIndex: {
    text: '≤ 2× floor',
    met: withinRatio('importMs', 'importNoIndexFloorMs', 2),
  },
  export: { text: '≤ 2× floor', met: withinRatio('exportMs', 'exportFloorMs', 2) },
  exportRead: { text: '≤ 2× floor', met: withinRatio('exportMs', 'exportReadFloorMs', 2) },
  longestTask: { text: '≤ 200 ms', met: under('longestTaskMs', 200) },
  render: { text: '< 500 ms', met: (m) => m.renderMs < 500 },
  search: { text: '< 100 ms', met: (m) => m.searchMs < 100 },
  searchIndex: { text: '', met: () => null },
  searchKeyP50: { text: '', met: () => null },
  searchKeyP95: { text: '≤ 100 ms', met: under('searchKeyP95Ms', 100) },
  searchKeyMax: { text: '', met: () => null },
  boardKeyP50: { text: '', met: () => null },
  boardKeyP95: { text: '≤ 100 ms', met: under('boardKeyP95Ms', 100) },
  boardKeyMax: { text: '', met: () => null },
  dragP50: { text: '', met: () => null },
  // Frame intervals come in whole display refreshes (16.7 ms at 60 Hz) give or take the
  // timer's jitter, so p95 of one refresh means no frame was dropped.
  dragP95: { text: '< 16.7 ms (one refresh)', met: (m) => m.dragP95Ms < ONE_REFRESH_MS },
  dragCrossP95: { text: '≤ 16.7 ms', met: (m) => m.dragCrossP95Ms < ONE_REFRESH_MS },
  dragCrossMax: { text: '≤ 50 ms', met: under('dragCrossMaxMs', 50) },
  dropPersist: { text: '≤ 100 ms', met: under('dropPersistMs', 100) },
  timeline: { text: '≤ 500 ms', met: under('timelineMs', 500) },
  roadmap: { text: '≤ 500 ms', met: under('roadmapMs', 500) },
  health: { text: '≤ 500 ms', met: under('healthMs', 500) },
  bigWorkspace: { text: '≤ 500 ms', met: under('bigWorkspaceMs', 500) },
  // A key in a field as in the search; Enter to stored as a drop to stored.
  fieldKeyP95: { text: '≤ 100 ms', met: under('fieldKeyP95Ms', 100) },
  fieldCommit: { text: '≤ 100 ms', met: under('fieldCommitMs', 100) },
  updateProduct: { text: '', met: () => null },
  heap: { text: '< 400 MB', met: (m) => m.heapMB < 400 },
  heapSteady: { text: '≤ 400 MB', met: under('heapSteadyMB', 400) },
  heapPeak: { text: '≤ 1024 MB', met: under('heapPeakMB', 1024) },
  backupStored: { text: '≤ 300 MB', met: under('backupStoredMB', 300) },
  merge: { text: '', met: () => null },
  replace: { text: '', met: () => null },
  restore: { text: '', met: () => null },
  switchPlan: { text: '', met: () => null },
  coldStart: { text: '', met: () => null },
};

const ROWS = [
  ['import', 'import (file chosen → board shown)', 'importMs', 'importFloorMs', 'ms'],
  ['importNoIndex', 'import vs a store with no indexes', 'importMs', 'importNoIndexFloorMs', 'ms'],
  ['export', 'export (click → file ready)', 'exportMs', 'exportFloorMs', 'ms'],
  ['exportRead', 'export vs read + stringify', 'exportMs', 'exportReadFloorMs', 'ms'],
  [
    'longestTask',
    'longest task (import, export, backup, merge, replace, restore, typing)',
    'longestTaskMs',
    null,
    'ms',
  ],
  ['render', 'board first render after reload', 'renderMs', null, 'ms'],
  ['coldStart', 'cold start in a new tab', 'coldStartMs', null, 'ms'],
  ['search', 'search filter', 'searchMs', null, 'ms'],
  ['searchIndex', 'search: plan read (first letter)', 'searchIndexMs', null, 'ms'],
  ['searchKeyP50', 'search: key → results painted, p50', 'searchKeyP50Ms', null, 'ms'],
  ['searchKeyP95', 'search: key → results painted, p95', 'searchKeyP95Ms', null, 'ms'],
  ['searchKeyMax', 'search: key → results painted, slowest', 'searchKeyMaxMs', null, 'ms'],
  ['boardKeyP50', 'search: key → board redrawn, p50', 'boardKeyP50Ms', null, 'ms'],
  ['boardKeyP95', 'search: key → board redrawn, p95', 'boardKeyP95Ms', null, 'ms'],
  ['boardKeyMax', 'search: key → board redrawn, slowest', 'boardKeyMaxMs', null, 'ms'],
  ['dragP50', 'drag frame time p50', 'dragP50Ms', null, 'ms'],
  ['dragP95', 'drag frame time p95', 'dragP95Ms', null, 'ms'],
  ['dragCrossP95', 'drag across columns, frame p95', 'dragCrossP95Ms', null, 'ms'],
  ['dragCrossMax', 'drag across columns, longest frame', 'dragCrossMaxMs', null, 'ms'],
  ['dropPersist', 'drop → stored and shown', 'dropPersistMs', null, 'ms'],
  ['timeline', 'timeline view (floor: its reads)', 'timelineMs', 'timelineReadFloorMs', 'ms'],
  ['roadmap', 'roadmap view (floor: its reads)', 'roadmapMs', 'roadmapReadFloorMs', 'ms'],
  ['health', 'health view (floor: its reads)', 'healthMs', 'healthReadFloorMs', 'ms'],
  ['bigWorkspace', 'backlog of 2,000 items', 'bigWorkspaceMs', null, 'ms'],
  ['fieldKeyP95', 'typing in a backlog title: key → painted, p95', 'fieldKeyP95Ms', null, 'ms'],
  ['fieldCommit', 'typing in a backlog title: Enter → stored', 'fieldCommitMs', null, 'ms'],
  ['updateProduct', 'stakeholder update of a product', 'updateProductMs', null, 'ms'],
  ['merge', 'merge the same file', 'mergeMs', null, 'ms'],
  ['replace', 'replace with the same file', 'replaceMs', null, 'ms'],
  ['restore', 'restore a backup as a new plan', 'restoreBackupMs', null, 'ms'],
  ['switchPlan', 'switch to the plan', 'switchPlanMs', null, 'ms'],
  ['heap', 'JS heap after load', 'heapMB', null, 'MB'],
  ['heapSteady', 'heap at rest (JS + embedder + workers)', 'heapSteadyMB', null, 'MB'],
  ['heapPeak', 'heap at the peak', 'heapPeakMB', null, 'MB'],
  ['backupStored', 'backups stored after the edits', 'backupStoredMB', null, 'MB'],
];

export function ratio(value, floor) {
  return value == null || floor == null || floor <= 0 ? null : value / floor;
}

const round = (value, digits = 0) =>
  value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

function shown(value, unit) {
  if (value == null) return '—';
  const digits = value < 100 ? 1 : 0;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}

function verdict(key, metrics) {
  const [, , valueKey, floorKey] = ROWS.find((row) => row[0] === key);
  if (metrics[valueKey] == null || (floorKey && metrics[floorKey] == null)) return '';
  const met = TARGETS[key].met(metrics);
  return met === null ? '' : met ? 'met' : 'MISSED';
}

/** The table of one size, as lines of text (also used for the README). */
export function tableLines(entry) {
  const m = entry.metrics;
  const spread = entry.ranges ?? {};
  const header = ['metric', 'median', 'min–max', 'floor', 'ratio', 'target (L)', ''];
  const body = ROWS.map(([key, label, valueKey, floorKey, unit]) => {
    const r = floorKey ? ratio(m[valueKey], m[floorKey]) : null;
    const range = spread[valueKey];
    return [
      label,
      shown(m[valueKey], unit),
      range ? `${shown(range[0], '')}–${shown(range[1], '')}`.replaceAll(' ', '') : '',
      floorKey ? shown(m[floorKey], unit) : '',
      r == null ? '' : `${r.toFixed(1)}×`,
      TARGETS[key].text,
      verdict(key, m),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

export function describeSize(entry) {
  const c = entry.file.records;
  const mb = (entry.file.bytes / 1e6).toFixed(1);
  const load = entry.loadAverage ? `; load average ${entry.loadAverage.before}` : '';
  const runs = entry.runs ? `; median of ${entry.runs} runs` : '';
  return `${entry.size}: ${c.products.toLocaleString('en')} products, ${c.backlogItems.toLocaleString('en')} backlog items, ${c.feedback.toLocaleString('en')} feedback, ${c.kpiValues.toLocaleString('en')} KPI values; ${mb} MB${load}${runs}`;
}

export function printSize(entry) {
  const m = entry.metrics;
  console.log(`\n${describeSize(entry)}`);
  for (const line of tableLines(entry)) console.log(line);
  const notes = [];
  if (m.parseFloorMs != null)
    notes.push(
      `import floor = JSON.parse ${shown(m.parseFloorMs, 'ms')} + IndexedDB put ${shown(m.putFloorMs, 'ms')}`,
    );
  if (m.importPreviewMs != null)
    notes.push(`import preview shown after ${shown(m.importPreviewMs, 'ms')}`);
  if (m.idleFrameP50Ms != null) notes.push(`idle frame p50 ${shown(m.idleFrameP50Ms, 'ms')}`);
  if (m.dragFrames != null) {
    notes.push(`${m.dragFrames} frames and ${m.dragMoves} pointer moves while dragging`);
  }
  if (m.exportMatchesFile != null)
    notes.push(
      m.exportMatchesFile
        ? 'export = the imported file, byte for byte'
        : 'export DIFFERS from the imported file',
    );
  if (m.writtenDirectlyMs != null)
    notes.push('the plan was written straight into IndexedDB, not imported, for the other figures');
  if (notes.length > 0) console.log(notes.join('; '));
  for (const [metric, reason] of Object.entries(entry.notMeasured)) {
    console.log(`not measured: ${metric}: ${reason}`);
  }
}

/** Rounds the figures for the record: a tenth of a millisecond is noise here. */
export function roundedMetrics(metrics) {
  return Object.fromEntries(
    Object.entries(metrics).map(([key, value]) => [
      key,
      typeof value === 'number' ? round(value, value < 100 ? 2 : 0) : value,
    ]),
  );
}

export async function writeResults(path, entries, machine) {
  let previous = [];
  if (existsSync(path)) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8'));
      if (Array.isArray(parsed?.sizes)) previous = parsed.sizes;
    } catch {
      // A damaged record is replaced by this run's.
    }
  }
  const bySize = new Map(previous.map((entry) => [entry.size, entry]));
  for (const entry of entries) bySize.set(entry.size, { ...entry, machine });
  const order = ['S', 'M', 'L'];
  const sizes = [...bySize.values()].sort((a, b) => order.indexOf(a.size) - order.indexOf(b.size));
  const text = JSON.stringify({ sizes }, null, 2);
  const options = (await prettier.resolveConfig(path)) ?? {};
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await prettier.format(text, { ...options, parser: 'json' }));
}
