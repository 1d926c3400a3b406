/**
 * Saving text or bytes as a download through a Blob link: the browser build's way to save,
 * and the storage failure screen's, which must work even when nothing else of the app could
 * start.
 */
import { fileNameWith } from '../../../shared/domain/file-names';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { PLAN_FILE_EXTENSION, type PlanFile } from '../../../shared/plan-file/types';

export function planFileName(planName: string): string {
  return fileNameWith(planName, PLAN_FILE_EXTENSION);
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after the click returns; revoke once it surely has.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(fileName: string, contents: string, type = 'application/json') {
  downloadBlob(fileName, new Blob([contents], { type }));
}

export function downloadPlanFile(file: PlanFile): void {
  downloadText(planFileName(file.plan.name), serializePlanFile(file));
}
