/**
 * Import and export as user actions: choosing a file, writing an import as one undoable step,
 * and saving the plan, its Markdown summary, its products as CSV or a web page through the host.
 */
import { fileNameStem } from '../../../shared/domain/file-names';
import { planToMarkdown } from '../../../shared/plan-file/export-markdown';
import { backlogToCsv, productsToCsv } from '../../../shared/plan-file/export-csv';
import { planToHtml } from '../../../shared/plan-file/export-html';
import { localCalendarDate } from '../../../shared/domain/calendar';
import { displayRegion } from '../../../shared/domain/region';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile, PlanFileProblem } from '../../../shared/plan-file/types';
import type { MergeChoices } from '../../../shared/plan-file/merge';
import type { SavedFileKind, SaveFileResult } from '../../../shared/ipc/contract';
import { db } from '../db';
import type { ImportMode } from '../db/plan-io';
import { withPlanWorker, type PlanWorker } from '../worker/plan-worker';
import { snapshotPlan } from '../db/plan-snapshot';
import { platform, type PickedFile } from '../platform';
import { noteChange } from '../commands/plan-changes';
import { useUi } from '../store';
import { focusBoardSoon } from '../ui/focus-memory';

/** Problems name their own place (`products[12].stage: …`), so the message is used as is. */
export function describeProblem(fileName: string, problem: PlanFileProblem): string {
  return `Could not import “${fileName}”: ${problem.message} Nothing was imported.`;
}

/** Opens the import dialog for a file from any door: the picker, a drop, the OS. */
export function startImport(picked: PickedFile): void {
  const ui = useUi.getState();
  if (picked.status === 'cancelled') return;
  if (picked.status === 'error') {
    ui.showError(`Could not import: ${picked.message} Nothing was imported.`);
    return;
  }
  ui.showError(null);
  ui.openDialog({ kind: 'import', source: picked.source });
}

export async function chooseFileToImport(): Promise<void> {
  startImport(await platform.pickPlanFile());
}

/**
 * Writes the checked file. The dialog closes only once the import is saved; if it fails, the
 * dialog stays open with the reason in it, so the user can try another mode or cancel.
 */
export async function runImport(
  session: PlanWorker,
  mode: ImportMode,
  fileName: string,
  choices: MergeChoices = {},
): Promise<boolean> {
  const ui = useUi.getState();
  try {
    const outcome = await session.importAs(mode, fileName, choices);
    // Switch first: opening another plan starts a fresh undo history, which this step joins.
    ui.openPlan(outcome.planId);
    ui.recordAction({ label: `Import ${fileName}`, changes: [], importKey: outcome.undoKey });
    noteChange(outcome.planId);
    ui.closeDialog();
    const verb = mode === 'merge' ? 'Merged' : mode === 'replace' ? 'Replaced with' : 'Imported';
    ui.showToast(`${verb} “${outcome.planName}” from ${fileName}.`, true);
    ui.announce(`${verb} ${outcome.planName}.`);
    focusBoardSoon();
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ui.showError(`Could not import “${fileName}”: ${message} Nothing was changed.`);
    return false;
  }
}

interface ExportFormat {
  /** How the host saves it (extension, file type). */
  kind: SavedFileKind;
  label: string;
  /** Added to the plan's name in the suggested file name. */
  suffix?: string;
  render(file: PlanFile): string;
}

const EXPORTS = {
  plan: { kind: 'plan', label: 'plan', render: serializePlanFile },
  markdown: {
    kind: 'markdown',
    label: 'Markdown summary',
    render: (file) => planToMarkdown(file, new Date(), { locale: displayRegion() }),
  },
  csv: {
    kind: 'csv',
    label: 'product list',
    render: (file) => productsToCsv(file, { locale: displayRegion() }),
  },
  'backlog-csv': {
    kind: 'csv',
    label: 'backlog',
    suffix: ' backlog',
    render: (file) => backlogToCsv(file, { locale: displayRegion() }),
  },
  html: {
    kind: 'html',
    label: 'web page',
    render: (file) =>
      planToHtml(file, { generatedOn: localCalendarDate(new Date()), locale: displayRegion() }),
  },
} satisfies Record<string, ExportFormat>;

export type ExportChoice = keyof typeof EXPORTS;

/**
 * The export's text, made on the page: the text goes to the host from here, and making it
 * in a worker would hold the largest plans twice over (the worker's copy and the page's),
 * more than a page's memory allows.
 */
async function writeOut(
  choice: ExportChoice,
  planId: string,
): Promise<{ planName: string; contents: string } | null> {
  const file = await snapshotPlan(db, planId);
  return file && { planName: file.plan.name, contents: EXPORTS[choice].render(file) };
}

/**
 * The plan file, built in a worker as a Blob of parts and saved from that Blob: a large plan
 * is never one string on the page. The copy is remembered as shared once the file is saved.
 */
function exportPlanFile(planId: string): Promise<SaveFileResult | null> {
  return withPlanWorker(async (worker) => {
    const exported = await worker.exportPlan(planId);
    if (!exported) return null;
    const request = { kind: 'plan' as const, suggestedName: fileNameStem(exported.planName) };
    const result = platform.saveBlob
      ? await platform.saveBlob(request, exported.blob)
      : await platform.saveFile({ ...request, contents: await exported.blob.text() });
    if (result.status === 'saved') await worker.rememberExport();
    return result;
  });
}

export async function exportCurrentPlan(choice: ExportChoice): Promise<void> {
  const ui = useUi.getState();
  const planId = ui.currentPlanId;
  if (!planId) return;
  try {
    const format: ExportFormat = EXPORTS[choice];
    let result: SaveFileResult | null;
    if (choice === 'plan') {
      result = await exportPlanFile(planId);
    } else {
      const written = await writeOut(choice, planId);
      result =
        written &&
        (await platform.saveFile({
          kind: format.kind,
          suggestedName: `${fileNameStem(written.planName)}${format.suffix ?? ''}`,
          contents: written.contents,
        }));
    }
    if (!result) throw new Error('the plan no longer exists');
    if (result.status === 'saved')
      ui.showToast(`Exported the ${format.label} as “${result.fileName}”.`, false);
    if (result.status === 'error') ui.showError(`Could not export: ${result.message}`);
  } catch (error) {
    ui.showError(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
  }
}
