// Runs @doyensec/electronegativity over the Electron code (electron/) and the page that carries
// the CSP (renderer/index.html), prints every finding, and fails on any of MEDIUM severity or
// above. The tool itself exits 0 whatever it finds, so this script is the gate: it reads the
// tool's CSV report and decides. There is no allow-list: the window's preferences are written
// where it is created and every external link goes through one guarded function, so the tool
// sees the app's posture itself.
//
// What the tool cannot decide, it marks for manual review (a preload exists; openExternal is
// called with a variable). Such a finding may be answered where it stands, with the tool's own
// `eng-disable CHECK_ID` comment and the review written beside it. This script lists every
// such comment, so none passes unseen, and fails on one that silences anything else, or a
// whole file.
//
// It runs offline: the tool's check for newer Electron releases needs the network and only
// logs when it cannot reach it. The Electron version comes from package.json (-e), since the
// tool cannot detect it from the sources.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** The checks the tool itself leaves to manual review; only these may be answered in code. */
const MANUAL_REVIEW_CHECKS = new Set(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
/** The tool's own syntax for its annotations (see its util/exceptions.js). */
const ANNOTATION = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)/i;

/** Every eng-disable comment under electron/, with whether it is one this gate accepts. */
async function annotations() {
  const found = [];
  const files = (await readdir(join(root, 'electron'), { recursive: true }))
    .map(String)
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file));
  for (const file of files) {
    const path = join(root, 'electron', file);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      const match = ANNOTATION.exec(line);
      if (!match) return;
      const checks = (match[1] ?? '').trim().split(/[\s,]+/);
      // On the first line the tool applies it to the whole file.
      const wholeFile = index === 0;
      const accepted = !wholeFile && checks.every((check) => MANUAL_REVIEW_CHECKS.has(check));
      found.push({ where: `${relative(root, path)}:${String(index + 1)}`, checks, accepted });
    });
  }
  return found;
}

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
    const failing = FAILING.has(severity);
    if (failing) failures += 1;
    console.log(
      `${(failing ? 'FAIL' : 'info').padEnd(7)} ${severity.padEnd(8)} ${finding.issue} ${finding.filename}:${finding.location} ${finding.sample.split('\n')[0].slice(0, 100)}`,
    );
  }
  for (const annotation of await annotations()) {
    if (!annotation.accepted) failures += 1;
    console.log(
      `${(annotation.accepted ? 'review' : 'FAIL').padEnd(7)} eng-disable ${annotation.checks.join(' ')} at ${annotation.where}${annotation.accepted ? ' (answered in the code there)' : ': only a check the tool leaves to manual review may be answered in code, one line at a time'}`,
    );
  }
  console.log(
    `electronegativity: ${String(findings.length)} findings, ${String(failures)} failing (medium severity or above, or an annotation silencing more than a manual-review check).`,
  );
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
