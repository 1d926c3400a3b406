/**
 * `npm run bench`: how fast is the app on a big portfolio? (issue #6)
 *
 *   npm run bench                      S, M and L
 *   npm run bench -- --size M          one size (repeatable: --size S --size M)
 *   npm run bench -- --seed 2 --no-build
 *   npm run bench -- --runs 5          every figure is the median of this many runs (3)
 *   npm run bench -- --size L --no-import   the plan written straight into IndexedDB, to
 *                                            measure the board without waiting for an import
 *   npm run bench -- --only search,roadmap   only the steps whose figures start with these
 *                                            names; prints them and records nothing
 *   npm run bench -- --size L --only searchProfile   each search key's time by thread, from a
 *                                            trace (search-profile.mjs); only when named
 *   KEEP_PROFILE=1 npm run bench …           keeps each size's browser profile (the plan in its
 *                                            IndexedDB) in $TMPDIR/lifecycle-planner-bench
 *
 * Builds the web renderer into its own folder, writes seeded plans of each size as .lcplan
 * files, serves the build with `vite preview` and drives Debian's Chromium through Playwright
 * (never a downloaded browser), one fresh on-disk profile per size so IndexedDB behaves as it
 * does for a user. Prints a table per size and records the run in bench/results.json.
 * Not part of `npm test`: timings depend on the machine, so nothing here asserts them.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { measureSize } from './measure.mjs';
import { printSize, roundedMetrics, writeResults } from './report.mjs';
import { combineRuns } from './combine.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(os.tmpdir(), 'lifecycle-planner-bench');
const outDir = join(work, 'renderer');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Matches about 8% of products: a tag, so name, owner and tag matching all get exercised. */
const SEARCH_TERM = 'fintech';
/** A word of backlog item titles, typed letter by letter into the search of everything. */
const EVERYTHING_TERM = 'reminders';
/** A whole run must end; every step has its own, shorter limit (see measure.mjs). */
const WATCHDOG_MS = 2 * 60 * 60 * 1000;

function parseArgs(argv) {
  const options = { sizes: [], seed: 1, build: true, importThroughApp: true, runs: 3, only: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--size') options.sizes.push(...String(argv[++i]).toUpperCase().split(','));
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-import') options.importThroughApp = false;
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--only') options.only = String(argv[++i]).split(',').filter(Boolean);
    else throw new Error(`unknown option ${arg} (see the header of test/bench/run.mjs)`);
  }
  if (options.sizes.length === 0) options.sizes = ['S', 'M', 'L'];
  const bad = options.sizes.find((s) => !['S', 'M', 'L'].includes(s));
  if (bad) throw new Error(`unknown size ${bad}: use S, M or L`);
  if (!Number.isSafeInteger(options.seed)) throw new Error('--seed takes a whole number');
  if (!Number.isSafeInteger(options.runs) || options.runs < 1) {
    throw new Error('--runs takes a whole number of at least 1');
  }
  return options;
}

/** The generator and the app's own rules, bundled from TypeScript for this script. */
async function loadLibrary() {
  const outfile = join(work, 'bench-lib.mjs');
  await build({
    stdin: {
      contents: [
        "export { generatePlan } from './test/bench/generate-plan';",
        "export { serializePlanFile } from './shared/plan-file/serialize';",
        "export { countRecords, MAX_PLAN_FILE_BYTES } from './shared/plan-file/types';",
        "export { productMatches, searchTerms } from './shared/domain/search';",
        "export { SCHEMA_VERSIONS } from './shared/storage/schema-versions';",
        "export { STAGES } from './shared/domain/lifecycle';",
        "export { PLAN_TABLES } from './shared/records/registry';",
        "export { splitTrend, trendsOf } from './shared/domain/kpi-trend';",
        "export { roadmapRowsOf } from './shared/domain/roadmap-row';",
        "export { packsOf } from './renderer/src/db/packed-rows';",
        "export { roadmapCodec } from './renderer/src/db/roadmap-rows';",
        "export { milestoneCodec, milestoneRowOf } from './renderer/src/db/milestone-rows';",
        "export { kpiCodec, kpiRowOf } from './renderer/src/db/kpi-rows';",
        "export { trendCodec } from './renderer/src/db/kpi-trends';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** The app's object stores and indexes (Dexie syntax) as plain IndexedDB declarations. */
function floorStores(lib) {
  const specs = new Map();
  for (const version of lib.SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(version.stores)) {
      if (spec === null) specs.delete(name);
      else specs.set(name, spec);
    }
  }
  return ['plans', ...lib.PLAN_TABLES, 'deletions'].map((name) => {
    const [primary, ...indexes] = specs
      .get(name)
      .split(',')
      .map((part) => part.trim());
    return {
      name,
      keyPath: primary.replace(/^[+&]+/, ''),
      indexes: indexes.filter(Boolean).map((index) => {
        const bare = index.replace(/^[&*]/, '');
        const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
        return { name: bare, keyPath, unique: index[0] === '&', multiEntry: index[0] === '*' };
      }),
    };
  });
}

/** Writes one size's file and works out what the board should show for it. */
function preparePlan(lib, size, { seed, importThroughApp, only }) {
  const file = lib.generatePlan(size, seed);
  const text = lib.serializePlanFile(file);
  const name = `benchmark-${size}.lcplan`;
  const path = join(outDir, '__bench', name);
  mkdirSync(join(outDir, '__bench'), { recursive: true });
  writeFileSync(path, text);
  // What the app keeps beside the records (each KPI's trend, each product's roadmap row, the
  // packed rows of milestones, KPIs and trends), for a plan written past it.
  const kept = `benchmark-${size}.kept.json`;
  const trends = lib.trendsOf(file.kpiValues).map(lib.splitTrend);
  writeFileSync(
    join(outDir, '__bench', kept),
    JSON.stringify({
      kpiTrends: trends.map(([values]) => values),
      kpiTrendReadings: trends.map(([, readings]) => readings),
      roadmapPacks: lib.packsOf(lib.roadmapRowsOf(file.backlogItems), lib.roadmapCodec),
      milestonePacks: lib.packsOf(file.milestones.map(lib.milestoneRowOf), lib.milestoneCodec),
      kpiPacks: lib.packsOf(file.kpis.map(lib.kpiRowOf), lib.kpiCodec),
      trendPacks: lib.packsOf(
        trends.map(([values]) => values),
        lib.trendCodec,
      ),
    }),
  );
  const bytes = Buffer.byteLength(text);
  if (bytes > lib.MAX_PLAN_FILE_BYTES) {
    console.log(`  note: the ${size} file is over the app's import limit; the import will fail`);
  }
  const shown = file.products.filter((p) => !p.archived);
  const perStage = (products) =>
    Object.fromEntries(lib.STAGES.map((s) => [s, products.filter((p) => p.stage === s).length]));
  const expected = perStage(shown);
  const terms = lib.searchTerms(SEARCH_TERM);
  const largestStage = lib.STAGES.reduce((a, b) => (expected[b] > expected[a] ? b : a));
  return {
    size,
    planName: file.plan.name,
    importThroughApp,
    path,
    url: `/__bench/${name}`,
    keptUrl: `/__bench/${kept}`,
    bytes,
    sha256: createHash('sha256').update(text).digest('hex'),
    records: lib.countRecords(file),
    expected,
    searchTerm: SEARCH_TERM,
    everythingTerm: EVERYTHING_TERM,
    searchExpected: perStage(shown.filter((p) => lib.productMatches(p, terms))),
    largestStage,
    // The drop goes to the column right of the largest (or left of the last one).
    dropStage: lib.STAGES[lib.STAGES.indexOf(largestStage) + 1] ?? lib.STAGES.at(-2),
    bigProductId: file.products[0].id,
    repeat: 1,
    only,
  };
}

const round2 = (n) => Math.round(n * 100) / 100;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPreview(port) {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const args = ['preview', '--config', 'build/vite.renderer.config.ts', '--port', String(port)];
  const server = spawn(process.execPath, [vite, ...args], {
    cwd: root,
    env: { ...process.env, RENDERER_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 120; tries += 1) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return { server, url };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

function machine() {
  const cpus = os.cpus();
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown; launching it will say what is wrong.
  }
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

/** One run in a fresh on-disk profile, so IndexedDB behaves as it does for a user. */
async function runOnce(plan, size, url) {
  const profile = join(work, `profile-${size}`);
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    return await measureSize(context, url, plan);
  } finally {
    await context.close().catch(() => undefined);
    if (!process.env.KEEP_PROFILE) rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(work, { recursive: true });
  if (options.build || !existsSync(join(outDir, 'index.html'))) {
    console.log('Building the web renderer…');
    const built = spawnSync('npm', ['run', 'build:renderer'], {
      cwd: root,
      env: { ...process.env, RENDERER_OUT_DIR: outDir },
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the renderer did not build');
  }
  const lib = await loadLibrary();
  const stores = floorStores(lib);
  const { server, url } = await startPreview(await freePort());
  const stopServer = () => server.exitCode === null && server.kill();
  process.on('exit', stopServer);
  const watchdog = setTimeout(() => {
    console.error('The benchmark ran for two hours; stopping it.');
    stopServer();
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  // A step that gave up can leave a promise that fails later; that must not end the run.
  process.on('unhandledRejection', (reason) => {
    const message = reason instanceof Error ? reason.message.split('\n')[0] : String(reason);
    console.log(`  (a step that had already given up failed later: ${message})`);
  });
  const about = machine();
  const resultsPath = join(root, 'bench/results.json');
  try {
    for (const size of options.sizes) {
      console.log(`\nSize ${size}: generating the plan (seed ${options.seed})…`);
      const prepared = preparePlan(lib, size, options);
      const loadBefore = os.loadavg()[0];
      const runs = [];
      for (let n = 1; n <= options.runs; n += 1) {
        console.log(`Size ${size}, run ${n} of ${options.runs}:`);
        // Each run changes the board it expects (a card is dropped elsewhere): a fresh copy.
        const plan = { ...prepared, expected: { ...prepared.expected }, stores };
        runs.push(await runOnce(plan, size, url));
      }
      rmSync(prepared.path, { force: true });
      const { metrics, ranges, notMeasured } = combineRuns(runs);
      const entry = {
        size,
        seed: options.seed,
        runs: options.runs,
        measuredAt: new Date().toISOString(),
        // Other work on the machine skews every figure; the load average says how much there was.
        loadAverage: { before: round2(loadBefore), after: round2(os.loadavg()[0]) },
        file: { bytes: prepared.bytes, records: prepared.records },
        metrics: roundedMetrics(metrics),
        ranges: Object.fromEntries(
          Object.entries(ranges).map(([k, [lo, hi]]) => [k, [round2(lo), round2(hi)]]),
        ),
        notMeasured,
      };
      printSize(entry);
      // Written after each size, so a run stopped part way still keeps what it measured.
      // A partial run (--only) would replace whole figures with gaps: printed, not recorded.
      if (!options.only) await writeResults(resultsPath, [entry], about);
    }
  } finally {
    stopServer();
    clearTimeout(watchdog);
  }
  if (!options.only) console.log(`\nWrote ${resultsPath}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
