/**
 * One import, from the chosen file to the written plan, kept where it runs (normally the
 * import worker): the parsed file never crosses to the page, which only receives a summary,
 * so neither copying a large plan nor writing it to IndexedDB blocks the window.
 */
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { snapshotPlan } from '../db/plan-snapshot';
import type { Stage } from '../../../shared/domain/lifecycle';
import { newId } from '../../../shared/domain/records';
import type { MergeChoices, RecordDiff } from '../../../shared/plan-file/merge';
import {
  trelloToPlanFile,
  type TrelloBoard,
  type TrelloBoardSummary,
  type TrelloReport,
} from '../../../shared/plan-file/trello';
import {
  countRecords,
  type PlanCounts,
  type PlanFile,
  type PlanFileProblem,
} from '../../../shared/plan-file/types';
import { writeChanges, type ChangeDirection } from '../db/changes';
import {
  keepImportChanges,
  openImportUndoDb,
  readImportChanges,
  type ImportUndoDb,
} from '../db/import-undo';
import { openPlannerDb, type PlannerDb } from '../db/database';
import { importPlan, previewMerge, type ImportMode } from '../db/plan-io';
import { analyse, type AnalyseInput, type AnalyseProgress } from './analyse';
import { textWithBase, unbasedText } from '../../../shared/plan-file/fingerprint';
import type { WriteBackupResult } from '../../../shared/ipc/contract';
import {
  latestBackupFingerprint,
  restoreBackup,
  restorePlanText,
  writeCompressedBackup,
} from '../db/backups';
import { gzipBlob } from '../db/compress';
import { baseForExport, rememberSharedCopy, type SharedText } from '../db/shared-copies';

const PLAN_FILE_TYPE = 'application/x-lifecycle-plan';

/** Past this many entries per kind the preview lists a count (conflicts are always listed). */
const SHOWN_PER_KIND = 40;

export interface ImportPreviewData {
  planName: string;
  counts: PlanCounts;
  migratedFrom: number | null;
  report: TrelloReport | null;
  merge: {
    localName: string;
    counts: { added: number; changed: number; removed: number; conflicts: number };
    diff: RecordDiff[];
    /** Whether the version both copies started from is known here. */
    baseKnown: boolean;
  } | null;
}

export type AnalyseOutcome =
  | { kind: 'preview'; preview: ImportPreviewData }
  | { kind: 'trello'; summary: TrelloBoardSummary }
  | { kind: 'error'; problem: PlanFileProblem };

/** A backup to restore: one kept in the database, or the text of one read from a file. */
export type RestoreSource =
  { kind: 'stored'; backupId: string } | { kind: 'text'; text: string; createdAt: string };

export interface ImportResult {
  planId: string;
  planName: string;
  /** The key of the import's changes, kept off the page for undo (see db/import-undo). */
  undoKey: string;
  changeCount: number;
}

function shortDiff(diff: readonly RecordDiff[]): RecordDiff[] {
  const seen = new Map<string, number>();
  return diff.filter((entry) => {
    const count = (seen.get(entry.kind) ?? 0) + 1;
    seen.set(entry.kind, count);
    return entry.kind === 'conflict' || count <= SHOWN_PER_KIND;
  });
}

export interface SerializedPlan {
  planName: string;
  products: number;
  contents: string;
}

export interface BackupDone {
  planName: string;
  result: WriteBackupResult;
}

export class PlanWorkerCore {
  private file: PlanFile | null = null;
  private board: TrelloBoard | null = null;
  private report: TrelloReport | null = null;
  private migratedFrom: number | null = null;
  private database: PlannerDb | null = null;
  private exported: { planId: string; shared: SharedText } | null = null;

  private undoDatabase: ImportUndoDb | null = null;

  private get db(): PlannerDb {
    this.database ??= openPlannerDb();
    return this.database;
  }

  private get undoDb(): ImportUndoDb {
    this.undoDatabase ??= openImportUndoDb();
    return this.undoDatabase;
  }

  async analyse(
    input: AnalyseInput,
    onProgress: (progress: AnalyseProgress) => void,
  ): Promise<AnalyseOutcome> {
    const analysis = await analyse(input, onProgress);
    if (analysis.kind === 'error') return analysis;
    if (analysis.kind === 'trello') {
      this.board = analysis.board;
      return { kind: 'trello', summary: analysis.summary };
    }
    this.file = analysis.file;
    this.migratedFrom = analysis.migratedFrom;
    return { kind: 'preview', preview: await this.preview() };
  }

  async mapTrello(mapping: Record<string, Stage>): Promise<AnalyseOutcome> {
    if (!this.board)
      return { kind: 'error', problem: { message: 'There is no Trello board to map.' } };
    const converted = trelloToPlanFile(this.board, mapping, { now: new Date(), newId });
    if (!converted.ok) return { kind: 'error', problem: converted.problem };
    this.file = converted.file;
    this.report = converted.report;
    return { kind: 'preview', preview: await this.preview() };
  }

  private async preview(): Promise<ImportPreviewData> {
    const file = this.file as PlanFile;
    const local = await previewMerge(this.db, file);
    return {
      planName: file.plan.name,
      counts: countRecords(file),
      migratedFrom: this.migratedFrom,
      report: this.report,
      merge: local && {
        localName: local.localName,
        counts: local.merge.counts,
        diff: shortDiff(local.merge.diff),
        baseKnown: local.baseKnown,
      },
    };
  }

  async importAs(
    mode: ImportMode,
    fileName: string,
    choices: MergeChoices = {},
  ): Promise<ImportResult> {
    if (!this.file) throw new Error('There is no checked plan to import.');
    const outcome = await importPlan(this.db, this.file, mode, { fileName, choices });
    return {
      planId: outcome.planId,
      planName: outcome.planName,
      undoKey: await keepImportChanges(this.undoDb, outcome.changes),
      changeCount: outcome.changes.length,
    };
  }

  /**
   * A backup restored as a new plan or in place, here as an import is: reading, unzipping and
   * checking a large plan takes seconds, and its changes are kept for undo under a key.
   */
  async restore(source: RestoreSource, mode: 'new' | 'in-place'): Promise<ImportResult> {
    const outcome =
      source.kind === 'stored'
        ? await restoreBackup(this.db, source.backupId, mode)
        : await restorePlanText(this.db, source.text, source.createdAt, mode);
    return {
      planId: outcome.planId,
      planName: outcome.planName,
      undoKey: await keepImportChanges(this.undoDb, outcome.changes),
      changeCount: outcome.changes.length,
    };
  }

  /** Undo or redo of an import, from the changes kept under the key the import returned. */
  async replay(undoKey: string, direction: ChangeDirection): Promise<void> {
    await writeChanges(this.db, await readImportChanges(this.undoDb, undoKey), direction);
  }

  /** The plan as the text of a plan file (backups, exports), or null when it is gone. */
  async serialize(planId: string): Promise<SerializedPlan | null> {
    const file = await snapshotPlan(this.db, planId);
    if (!file) return null;
    return {
      planName: file.plan.name,
      products: file.products.length,
      contents: serializePlanFile(file),
    };
  }

  /**
   * An automatic backup, made and stored here: skipped when the plan's fingerprint is the
   * newest backup's, otherwise gzipped from its text, made part by part into a Blob the
   * browser holds, so the text is never on the JS heap whole.
   */
  async backUp(planId: string, keep?: number): Promise<BackupDone | null> {
    const file = await snapshotPlan(this.db, planId);
    if (!file) return null;
    // What is kept of the snapshot past this point, so its records can go while it is zipped.
    const { base, plan } = file;
    const products = file.products.length;
    const text = unbasedText(file);
    const { fingerprint } = text;
    const planName = plan.name;
    if ((await latestBackupFingerprint(this.db, planId)) === fingerprint) {
      return { planName, result: { status: 'saved', id: 'unchanged' } };
    }
    const gzip = await gzipBlob(textWithBase(text, base));
    const backup = { planId, planName, products, fingerprint, gzip };
    const result = await writeCompressedBackup(this.db, backup, new Date(), keep);
    return {
      planName,
      result: result.status === 'unchanged' ? { status: 'saved', id: 'unchanged' } : result,
    };
  }

  /**
   * The plan file to export, as a Blob of the serializer's parts (with the base a colleague's
   * merge will need): it crosses to the page by handle, never as one string. The copy is
   * remembered as shared only once the page says the file was saved.
   */
  async exportPlan(planId: string): Promise<{ planName: string; blob: Blob } | null> {
    const file = await snapshotPlan(this.db, planId);
    if (!file) return null;
    const planName = file.plan.name;
    const text = unbasedText(file);
    const { fingerprint } = text;
    const base = await baseForExport(this.db, planId, fingerprint);
    this.exported = { planId, shared: { text: textWithBase(text, null), fingerprint, base } };
    return { planName, blob: textWithBase(text, base, PLAN_FILE_TYPE) };
  }

  /** The exported file was saved: remember it as a copy shared with others. */
  async rememberExport(): Promise<void> {
    const exported = this.exported;
    this.exported = null;
    if (exported) await rememberSharedCopy(this.db, exported.planId, exported.shared);
  }

  close(): void {
    this.database?.close();
    this.undoDatabase?.close();
  }
}
