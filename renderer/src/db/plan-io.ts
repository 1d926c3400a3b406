/**
 * Bringing a plan file into the database: as a new plan, merged into the plan it came from,
 * or replacing it (after a backup). Each runs in one transaction over every plan table, so
 * an import is written whole or not at all, and returns its changes so it undoes in one step.
 * Ids in a file are never trusted to be free: a new plan whose ids are taken here is copied
 * under fresh ids, and a merge or replacement never writes over another plan's records.
 */
import { newId } from '../../../shared/domain/records';
import { copyWithFreshIds } from '../../../shared/plan-file/copy-plan';
import { fingerprintOf, textWithBase, unbasedText } from '../../../shared/plan-file/fingerprint';
import { mergePlanFiles, type MergeChoices, type PlanMerge } from '../../../shared/plan-file/merge';
import type { PlanFile } from '../../../shared/plan-file/types';
import { PLAN_TABLES, RECORD_NOUNS } from '../../../shared/records/registry';
import { writeChanges, type RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { backUpPlan } from './plan-backup';
import { recordsAmong } from './present-ids';
import { additionsOf, diffPlans, snapshotPlan } from './plan-snapshot';
import {
  commonBase,
  forgetSharedCopies,
  prepareSharedCopy,
  writeSharedCopy,
  type SharedText,
} from './shared-copies';

export type ImportMode = 'new' | 'merge' | 'replace';

export interface ImportOutcome {
  planId: string;
  planName: string;
  changes: RecordChange[];
}

/** Where an id of the file is held here by another plan's record, for the refusal message. */
interface ForeignId {
  path: string;
  noun: string;
}

/**
 * The first id of the file that a record of another plan holds here (any table, deletion
 * records included), or null. With `local`, the plan as stored (a merge or a replacement),
 * the records it holds are known to be its own and are not read again: a file of the same
 * plan costs a read only of its new records. Every id is still looked up among the deletion
 * records, since writing a record removes a deletion record of its id, whoever's it is.
 * Without `local`, a record of any plan counts.
 */
async function takenId(
  db: PlannerDb,
  file: PlanFile,
  local: PlanFile | null,
): Promise<ForeignId | null> {
  const foreign = (row: { planId: string }) => local === null || row.planId !== file.plan.id;
  const everyId: string[] = [];
  for (const table of PLAN_TABLES) {
    const own = new Set(local?.[table].map((record) => record.id));
    // The ids read, and their positions in the file for the message.
    const asked: string[] = [];
    const at: number[] = [];
    file[table].forEach(({ id }, i) => {
      everyId.push(id);
      if (own.has(id)) return;
      asked.push(id);
      at.push(i);
    });
    const held = await recordsAmong<{ planId: string }>(db.table(table), asked);
    const found = held.find(({ record }) => foreign(record));
    if (found) return { path: `${table}[${at[found.at] ?? 0}]`, noun: RECORD_NOUNS[table] };
  }
  const deletionIds = file.deletions.map((d) => d.id);
  const tombstones = await recordsAmong(db.deletions, [...everyId, ...deletionIds]);
  const t = tombstones.find(({ record }) => foreign(record))?.at;
  if (t !== undefined) {
    return t < everyId.length
      ? { path: `a record with the id "${everyId[t] ?? ''}"`, noun: 'record' }
      : { path: `deletions[${t - everyId.length}]`, noun: 'deletion record' };
  }
  return null;
}

function foreignIdError(found: ForeignId): Error {
  return new Error(
    `${found.path}: this ${found.noun} has the id of a record of another plan here, so the file cannot be merged into or replace this plan without changing that plan. Import it as a new copy instead.`,
  );
}

/** "Plan (copy)", or "Plan (copy 2)" and so on when that name is taken. */
async function freeCopyName(db: PlannerDb, name: string, suffix: string): Promise<string> {
  const names = new Set((await db.plans.toArray()).map((plan) => plan.name));
  let candidate = `${name} (${suffix})`;
  for (let n = 2; names.has(candidate); n += 1) candidate = `${name} (${suffix} ${n})`;
  return candidate;
}

/** The file's own text and fingerprint, to remember it as a copy shared with this plan. */
function sharedTextOf(file: PlanFile): SharedText {
  const text = unbasedText(file);
  return { text: textWithBase(text, null), fingerprint: text.fingerprint, base: file.base };
}

/** Adds the plan as it is, under fresh ids: no record of it or of any plan here is touched. */
export function addAsCopy(
  db: PlannerDb,
  file: PlanFile,
  suffix: string,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // Copied before the write and named in it: the write holds only the copy, so a file no one
  // else keeps (a restored backup) is freed while a large plan is written.
  const copy = copyWithFreshIds(file, file.plan.name, now, newId);
  const original = file.plan.name;
  // The name is chosen in the transaction that takes it, so two imports at once (two
  // windows) cannot both pick "(copy)".
  return writeTransaction(db, async () => {
    copy.plan = { ...copy.plan, name: await freeCopyName(db, original, suffix) };
    const changes = additionsOf(copy);
    await writeChanges(db, changes, 'apply');
    return { planId: copy.plan.id, planName: copy.plan.name, changes };
  });
}

/**
 * Keeps the plan's ids when none is taken here, so later merges with colleagues line up, and
 * remembers the file as a copy shared; otherwise adds it as a copy under fresh ids.
 */
export async function importAsNewPlan(
  db: PlannerDb,
  file: PlanFile,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // The same file imported again: known at once. Other ids are looked up in the write.
  if (await db.plans.get(file.plan.id)) return addAsCopy(db, file, 'copy', now);
  const shared = await prepareSharedCopy(file.plan.id, sharedTextOf(file), now);
  const outcome = await writeTransaction(db, async () => {
    // Checked inside the transaction, so that another window cannot take an id meanwhile.
    if ((await db.plans.get(file.plan.id)) || (await takenId(db, file, null))) return null;
    const changes = additionsOf(file);
    await writeChanges(db, changes, 'apply');
    changes.push(...(await writeSharedCopy(db, shared)));
    return { planId: file.plan.id, planName: file.plan.name, changes };
  });
  return outcome ?? addAsCopy(db, file, 'copy', now);
}

export interface MergePreview {
  localName: string;
  merge: PlanMerge;
  /** Whether the version both copies started from was found: it tells who changed what. */
  baseKnown: boolean;
}

/** `known`: a shared copy the caller knows both sides descend from (a bound file's last). */
async function baseFor(
  db: PlannerDb,
  file: Pick<SharedText, 'fingerprint' | 'base'>,
  planId: string,
  known: string | null,
) {
  return commonBase(db, planId, { fingerprint: file.fingerprint, base: file.base }, known);
}

/** What merging would do, for the preview; null when this plan is not here. */
export async function previewMerge(
  db: PlannerDb,
  incoming: PlanFile,
  known: string | null = null,
): Promise<MergePreview | null> {
  const local = await snapshotPlan(db, incoming.plan.id);
  if (!local) return null;
  const fingerprint = fingerprintOf(incoming);
  const base = await baseFor(db, { fingerprint, base: incoming.base }, incoming.plan.id, known);
  return {
    localName: local.plan.name,
    merge: mergePlanFiles(local, incoming, { base }),
    baseKnown: base !== null,
  };
}

function missingPlan(id: string): Error {
  return new Error(`The plan ${id} is not in this database, so there is nothing to merge into.`);
}

export async function mergeIntoPlan(
  db: PlannerDb,
  incoming: PlanFile,
  choices: MergeChoices = {},
  known: string | null = null,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const sharedText = sharedTextOf(incoming);
  const base = await baseFor(db, sharedText, incoming.plan.id, known);
  const shared = await prepareSharedCopy(incoming.plan.id, sharedText, now);
  return writeTransaction(db, async () => {
    // Merged again inside the transaction: the data may have changed since the preview.
    const local = await snapshotPlan(db, incoming.plan.id);
    if (!local) throw missingPlan(incoming.plan.id);
    const foreign = await takenId(db, incoming, local);
    if (foreign) throw foreignIdError(foreign);
    const { result } = mergePlanFiles(local, incoming, { base, choices });
    const changes = diffPlans(local, result);
    await writeChanges(db, changes, 'apply');
    changes.push(...(await writeSharedCopy(db, shared)));
    return { planId: result.plan.id, planName: result.plan.name, changes };
  });
}

/**
 * Makes the plan exactly the file's content, keeping what it was as a backup first. The plan
 * no longer descends from the copies it shared, so they are forgotten; with `shareFile`, the
 * file is remembered as the one copy it now shares (a file imported from a colleague, not a
 * backup restored).
 */
export async function replacePlan(
  db: PlannerDb,
  incoming: PlanFile,
  reason: string,
  shareFile = true,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const shared = shareFile
    ? await prepareSharedCopy(incoming.plan.id, sharedTextOf(incoming), now)
    : null;
  return writeTransaction(db, async () => {
    const local = await snapshotPlan(db, incoming.plan.id);
    if (!local) throw missingPlan(incoming.plan.id);
    const foreign = await takenId(db, incoming, local);
    if (foreign) throw foreignIdError(foreign);
    await backUpPlan(db, local, reason, now);
    const changes = diffPlans(local, incoming);
    await writeChanges(db, changes, 'apply');
    changes.push(...(await forgetSharedCopies(db, incoming.plan.id)));
    if (shared) changes.push(...(await writeSharedCopy(db, shared)));
    return { planId: incoming.plan.id, planName: incoming.plan.name, changes };
  });
}

export interface ImportOptions {
  fileName: string;
  choices?: MergeChoices;
}

export function importPlan(
  db: PlannerDb,
  file: PlanFile,
  mode: ImportMode,
  { fileName, choices = {} }: ImportOptions,
): Promise<ImportOutcome> {
  if (mode === 'merge') return mergeIntoPlan(db, file, choices);
  if (mode === 'replace') return replacePlan(db, file, `Before replacing with ${fileName}`);
  return importAsNewPlan(db, file);
}
