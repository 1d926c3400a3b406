/**
 * Reading a plan file: bytes or text in, either the plan as the app's types or one problem
 * saying what is wrong and where. Nothing here throws; the caller writes nothing unless the
 * whole file passed. The steps, in order (each assumes the ones before it):
 *
 *   1. bytes → text (./decode.ts: size limit, empty, byte-order mark, strict UTF-8)
 *   2. text → JSON, with line and column on a syntax error (./json-text.ts)
 *   3. nesting depth and dangerous keys (./json-shape.ts)
 *   4. `format` and `version`: is this a plan file, and one this app can read?
 *   5. tables from columns and rows to records (./disk-shape.ts), then migrations from an
 *      older version (./migrate.ts)
 *   6. schema, then integrity of the records (./schema.ts, ./integrity.ts)
 *   7. records sorted and keys ordered (./serialize.ts), so equal plans compare equal
 */
import { decodePlanBytes } from './decode';
import { fromDiskShape, type DiskShapeResult } from './disk-shape';
import { describeFound } from './describe';
import { checkJsonShape } from './json-shape';
import { parseJsonText } from './json-text';
import { MIGRATIONS, migrateToCurrent, type Migration } from './migrate';
import { validatePlanFile } from './schema';
import { buildPlanFile } from './serialize';
import {
  PLAN_FILE_FORMAT,
  PLAN_FILE_VERSION,
  type PlanFileProblem,
  type PlanFileResult,
} from './types';
import { APP_VERSION, APP_VERSION_FOR_FILE_VERSION, appNeededFor } from './versions';

export interface ParseOptions {
  /** The tables are records already (a file read by lines, ./read-lines.ts), not rows. */
  tablesAsRecords?: boolean;
  /** The migration chain; tests supply one with a synthetic older version. */
  migrations?: readonly Migration[];
  /** Which app version reads which file version, for the "too new" message. */
  appVersions?: Readonly<Record<number, string>>;
}

/** The first version that writes tables as columns and rows (./file-layout.ts). */
const FIRST_ROWS_VERSION = 3;

const refused = (problem: PlanFileProblem): PlanFileResult => ({ ok: false, problem });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type VersionCheck = { ok: true; version: number } | { ok: false; problem: PlanFileProblem };

/** Step 4: the two fields that say what the file is, before anything else is trusted. */
export function checkFormatAndVersion(
  value: unknown,
  appVersions: Readonly<Record<number, string>> = APP_VERSION_FOR_FILE_VERSION,
): VersionCheck {
  if (!isRecord(value)) {
    return {
      ok: false,
      problem: {
        message: `This is not a Lifecycle Planner plan file: it holds ${describeFound(value)} instead of an object.`,
      },
    };
  }
  if (value.format !== PLAN_FILE_FORMAT) {
    const found =
      value.format === undefined
        ? 'it has no format field'
        : `format is ${JSON.stringify(value.format)}`;
    return {
      ok: false,
      problem: {
        message: `This is not a Lifecycle Planner plan file (${found}; expected "${PLAN_FILE_FORMAT}").`,
        path: 'format',
      },
    };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return {
      ok: false,
      problem: {
        message: `version: expected a whole number such as ${PLAN_FILE_VERSION}; found ${describeFound(version)}.`,
        path: 'version',
      },
    };
  }
  if (version > PLAN_FILE_VERSION) {
    return {
      ok: false,
      problem: {
        message: `This plan file is version ${version}, made by a newer app; Lifecycle Planner ${APP_VERSION} reads up to version ${PLAN_FILE_VERSION}. Open it with ${appNeededFor(version, appVersions)}.`,
        path: 'version',
      },
    };
  }
  return { ok: true, version };
}

function parseValue(value: unknown, options: ParseOptions): PlanFileResult {
  const shapeProblem = checkJsonShape(value);
  if (shapeProblem) return refused(shapeProblem);
  const versionCheck = checkFormatAndVersion(value, options.appVersions);
  if (!versionCheck.ok) return refused(versionCheck.problem);
  const { version } = versionCheck;
  // From version 3 a table is columns and rows on disk; before, a list of records.
  const records: DiskShapeResult =
    version >= FIRST_ROWS_VERSION && !options.tablesAsRecords
      ? fromDiskShape(value)
      : { ok: true, value };
  if (!records.ok) return refused(records.problem);
  const migrated = migrateToCurrent(records.value, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return refused(migrated.problem);
  const checked = validatePlanFile(migrated.value);
  if (!checked.ok) return refused(checked.problem);
  return {
    ok: true,
    file: buildPlanFile(checked.file),
    migratedFrom: version === PLAN_FILE_VERSION ? null : version,
  };
}

function unexpected(error: unknown): PlanFileResult {
  const detail = error instanceof Error ? error.message : String(error);
  return refused({ message: `The file could not be read: ${detail}` });
}

/** A file read by lines (./read-blob.ts), its tables as records, through the same checks. */
export function parsePlanValue(value: unknown, options: ParseOptions = {}): PlanFileResult {
  try {
    return parseValue(value, { ...options, tablesAsRecords: true });
  } catch (error) {
    return unexpected(error);
  }
}

export function parsePlanText(text: string, options: ParseOptions = {}): PlanFileResult {
  try {
    if (text.trim() === '') return refused({ message: 'The file is empty.' });
    if (text.startsWith('\uFEFF')) {
      return refused({
        message:
          'The file starts with a byte-order mark. Plan files are UTF-8 without one; save it again as plain UTF-8.',
      });
    }
    const json = parseJsonText(text);
    if (!json.ok) return refused(json.problem);
    return parseValue(json.value, options);
  } catch (error) {
    // Out of memory on a huge file, or a bug: either way a message, never a crash.
    return unexpected(error);
  }
}

export function parsePlanBytes(bytes: Uint8Array, options: ParseOptions = {}): PlanFileResult {
  try {
    const decoded = decodePlanBytes(bytes);
    if (!decoded.ok) return refused(decoded.problem);
    return parsePlanText(decoded.text, options);
  } catch (error) {
    return unexpected(error);
  }
}
