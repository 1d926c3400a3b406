/**
 * Exporting and printing the view the window shows: PDF, PNG and Print. The host does the
 * work (platform/): in the desktop app main prints or captures the page and saves it; in the
 * browser the print dialog makes the PDF and the page draws its own PNG.
 */
import type { ViewExportRequest } from '../../../../shared/ipc/contract';
import { db } from '../../db';
import { platform, type ViewExportResult } from '../../platform';
import { useUi } from '../../store';
import { viewLabel } from './view-label';

/** The plan and the view, which name the exported file. */
async function currentView(): Promise<ViewExportRequest | null> {
  const { currentPlanId, view } = useUi.getState();
  if (!currentPlanId) return null;
  const plan = await db.plans.get(currentPlanId);
  const product = view.kind === 'product' ? await db.products.get(view.productId) : undefined;
  return { planName: plan?.name ?? '', viewName: viewLabel(view, product?.name) };
}

function report(result: ViewExportResult): void {
  const ui = useUi.getState();
  if (result.status === 'saved') {
    ui.showToast(`Exported the view as “${result.fileName}”.`, false);
    ui.announce(`Exported the view as ${result.fileName}.`);
  }
  if (result.status === 'error') ui.showError(`Could not export the view: ${result.message}`);
}

function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  useUi.getState().showError(`Could not export the view: ${message}`);
}

export async function exportViewAsPdf(): Promise<void> {
  try {
    const view = await currentView();
    if (view) report(await platform.exportViewPdf(view));
  } catch (error) {
    reportFailure(error);
  }
}

export async function exportViewAsPng(): Promise<void> {
  try {
    const view = await currentView();
    const element = document.querySelector<HTMLElement>('main.main');
    if (!view || !element) return;
    report(await platform.exportViewPng(view, element));
  } catch (error) {
    reportFailure(error);
  }
}

export async function printView(): Promise<void> {
  try {
    const result = await platform.print();
    if (result.status === 'error') useUi.getState().showError(result.message);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useUi.getState().showError(`Could not print: ${message}`);
  }
}
