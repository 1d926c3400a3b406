/**
 * Handlers for exporting what the window shows: a PDF through Chromium's print engine, a PNG
 * of the window's content, and the system print dialog. Each runs behind the gate in
 * handle.ts and acts only on the web contents that asked. The picture is taken first, so the
 * file holds what the user saw when they chose the command; then main asks where to save it
 * and writes it atomically. The renderer never names a path.
 */
import { app } from 'electron';
import type { FileFilter, WebContents } from 'electron';
import type { CaptureArea, PrintResult, SaveFileResult } from '../../../shared/ipc/contract';
import { fileNamePart, fileNameWith, MAX_FILE_STEM_BYTES } from '../../../shared/domain/file-names';
import type { Handle } from './handle';
import { createDialogSaver, errorMessage } from './save-dialog';

/**
 * Where US Letter is the usual paper (CLDR's paper-size data); everywhere else uses A4.
 * A region code the system does not report falls back to A4, the world's common size.
 */
const LETTER_REGIONS = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

export function paperSizeForRegion(region: string): 'A4' | 'Letter' {
  return LETTER_REGIONS.has(region.trim().toUpperCase()) ? 'Letter' : 'A4';
}

/** The region of the user's locale: "US" from the system, or from "en-US" when it is silent. */
function systemRegion(): string {
  const region = app.getLocaleCountryCode();
  if (region !== '') return region;
  try {
    return new Intl.Locale(app.getLocale()).maximize().region ?? '';
  } catch {
    return '';
  }
}

/** "Portfolio 2026 – Board.pdf": the plan and the view, made safe as a file name. */
export function viewFileName(planName: string, viewName: string, extension: string): string {
  // Each part is cut on its own, so a long plan name never cuts off the view's.
  const parts = [fileNamePart(planName, MAX_FILE_STEM_BYTES), fileNamePart(viewName, 60)];
  const stem = parts.filter((part) => part !== '').join(' – ');
  return fileNameWith(stem, extension, 2 * MAX_FILE_STEM_BYTES);
}

export const EXPORT_FORMATS = {
  pdf: { filter: { name: 'PDF document', extensions: ['pdf'] }, title: 'Export View as PDF' },
  png: { filter: { name: 'PNG image', extensions: ['png'] }, title: 'Export View as PNG' },
} satisfies Record<string, { filter: FileFilter; title: string }>;

/** Electron's wording when the user closes the print dialog without printing. */
const PRINT_CANCELLED = /cancel/i;

export function printOutcome(success: boolean, failureReason: string): PrintResult {
  if (success) return { status: 'printed' };
  if (PRINT_CANCELLED.test(failureReason)) return { status: 'cancelled' };
  return { status: 'error', message: `Could not print: ${failureReason || 'unknown error'}.` };
}

/** The area in the window's own pixels: the page's CSS pixels scaled by its zoom. */
export function scaledArea(area: CaptureArea, zoomFactor: number) {
  const zoom = Number.isFinite(zoomFactor) && zoomFactor > 0 ? zoomFactor : 1;
  return {
    x: Math.round(area.x * zoom),
    y: Math.round(area.y * zoom),
    width: Math.max(1, Math.round(area.width * zoom)),
    height: Math.max(1, Math.round(area.height * zoom)),
  };
}

export interface ExportHandlerOptions {
  /** The user's region ("US", "DE"), which decides the paper size; the system's by default. */
  region?: () => string;
}

export function registerExportHandlers(handle: Handle, options: ExportHandlerOptions = {}): void {
  const region = options.region ?? systemRegion;
  // Views keep their own "last folder", apart from the text exports of file-handlers.ts.
  const save = createDialogSaver();

  function saveBytes(
    sender: WebContents,
    format: keyof typeof EXPORT_FORMATS,
    name: string,
    bytes: Uint8Array,
  ): Promise<SaveFileResult> {
    return save(sender, { ...EXPORT_FORMATS[format], name, contents: bytes });
  }

  handle('file:export-pdf', async ({ planName, viewName }, sender) => {
    try {
      // Landscape fits the board's six columns; the page's print stylesheet does the rest.
      const bytes = await sender.printToPDF({
        landscape: true,
        printBackground: true,
        pageSize: paperSizeForRegion(region()),
      });
      return await saveBytes(sender, 'pdf', viewFileName(planName, viewName, 'pdf'), bytes);
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  handle('file:export-png', async ({ planName, viewName, area }, sender) => {
    try {
      const image = await (area === null
        ? sender.capturePage()
        : sender.capturePage(scaledArea(area, sender.getZoomFactor())));
      if (image.isEmpty()) {
        return { status: 'error', message: 'The window could not be captured; is it minimised?' };
      }
      return await saveBytes(sender, 'png', viewFileName(planName, viewName, 'png'), image.toPNG());
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  handle(
    'app:print',
    (_request, sender) =>
      new Promise<PrintResult>((resolve) => {
        try {
          sender.print({ printBackground: true }, (success, failureReason) =>
            resolve(printOutcome(success, failureReason)),
          );
        } catch (error) {
          resolve({ status: 'error', message: `Could not print: ${errorMessage(error)}` });
        }
      }),
  );
}
