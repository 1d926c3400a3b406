// Runs @doyensec/electronegativity over the Electron code (electron/) and the page that carries
// the CSP (renderer/index.html), prints every finding, and fails when one of MEDIUM severity or
// above is not on the allow-list below. The tool itself exits 0 whatever it finds, so this
// script is the gate: it reads the tool's CSV report and decides.
//
// It runs offline: the tool's check for newer Electron releases needs the network and only
// logs when it cannot reach it. The Electron version comes from package.json (-e), since the
// tool cannot detect it from the sources.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * Findings reviewed and accepted, each matched by check, file and the code sample the tool
 * quotes (not the line, which moves). When the code changes the entry stops matching and the
 * finding fails the gate again, to be reviewed anew. Every entry says why it is safe.
 */
const ALLOWED = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(',
    reason:
      'The options come from mainWindowOptions() (contextIsolation: true), which the tool cannot ' +
      'follow; test/unit/electron/window.test.ts asserts the webPreferences.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(',
    reason:
      'mainWindowOptions() sets sandbox: true (asserted in window.test.ts), and main calls ' +
      'app.enableSandbox() before any window exists (lifecycle.test.ts).',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(',
    reason:
      'A middle-click can only ask for a new window, and security.ts denies every one with ' +
      'setWindowOpenHandler and blocks navigation away from the app (security.test.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/security.ts',
    sample: 'shell.openExternal(url)',
    reason:
      'Called only for URLs isExternalWebUrl() accepted (parsed with new URL, http/https only); ' +
      'see trusted-url.test.ts and security.test.ts.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: 'shell.openExternal(url)',
    reason: 'The menu handler returns early unless isExternalWebUrl(url) (http/https only).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/menu.ts',
    sample: 'options.openExternal(LEARN_MORE_URL)',
    reason: 'A constant https URL, passed to the checked openExternal in index.ts.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/ipc/app-handlers.ts',
    sample: 'shell.openExternal(url)',
    reason:
      'The shell:open-external handler runs behind the IPC gate and opens only URLs ' +
      'isExternalWebUrl() accepts (app-handlers.test.ts).',
  },
];

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

function allowance(finding) {
  return ALLOWED.find(
    (entry) =>
      entry.check === finding.issue &&
      entry.file === finding.filename &&
      finding.sample.includes(entry.sample),
  );
}

const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const electronVersion = String(packageJson.devDependencies.electron).replace(/^[^\d]*/, '');
const tool = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');

const work = await mkdtemp(join(tmpdir(), 'electronegativity-'));
try {
  // The tool takes one input folder: the Electron sources, and the page with the CSP.
  const input = join(work, 'input');
  await mkdir(input);
  await cp(join(root, 'electron'), join(input, 'electron'), { recursive: true });
  await cp(join(root, 'renderer/index.html'), join(input, 'index.html'));
  const report = join(work, 'report.csv');
  const run = spawnSync(
    process.execPath,
    [tool, '-i', input, '-o', report, '-r', '-v', 'false', '-e', electronVersion],
    { encoding: 'utf8', timeout: 5 * 60 * 1000 },
  );
  if (run.error) throw run.error;
  let csv;
  try {
    csv = await readFile(report, 'utf8');
  } catch {
    process.stderr.write(`${run.stdout}${run.stderr}\n`);
    throw new Error('electronegativity did not write its report.');
  }
  const [header, ...rows] = parseCsv(csv);
  const columns = header.map((name) => name.trim());
  const findings = rows.map((row) =>
    Object.fromEntries(columns.map((name, i) => [name, row[i] ?? ''])),
  );

  let failures = 0;
  for (const finding of findings) {
    const severity = finding.severity.toUpperCase();
    const allowed = allowance(finding);
    const failing = FAILING.has(severity) && allowed === undefined;
    if (failing) failures += 1;
    const verdict = failing ? 'FAIL' : allowed ? 'allowed' : 'info';
    console.log(
      `${verdict.padEnd(7)} ${severity.padEnd(8)} ${finding.issue} ${finding.filename}:${finding.location} ${finding.sample.split('\n')[0].slice(0, 100)}`,
    );
    if (allowed) console.log(`        reason: ${allowed.reason}`);
  }
  for (const entry of ALLOWED) {
    if (!findings.some((finding) => allowance(finding) === entry)) {
      console.log(`note    allow-list entry no longer needed: ${entry.check} ${entry.file}`);
    }
  }
  console.log(
    `electronegativity: ${String(findings.length)} findings, ${String(failures)} of medium severity or above not allowed.`,
  );
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
