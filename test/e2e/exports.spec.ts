/**
 * Exports for people without the app, through the web build: the plan as a web page that
 * opens offline with JavaScript off, a PNG of the view, and the print layout of the board.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { samplePortfolio } from '../../shared/domain/sample';
import { STAGE_NAMES, expect, test } from './fixtures';

const SAMPLE = samplePortfolio('sample', new Date());
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function chooseFileAction(page: Page, name: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

test('the web page export opens offline with JavaScript off and shows every product', async ({
  board,
  page,
  browser,
}) => {
  await board.loadSample();
  const downloading = page.waitForEvent('download');
  await chooseFileAction(page, 'Export as web page (HTML)…');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^[^/\\]+\.html$/);
  await expect(page.locator('.toast')).toContainText('Exported the web page as');

  const folder = await mkdtemp(join(tmpdir(), 'exports-e2e-'));
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  try {
    const reader = await context.newPage();
    const url = pathToFileURL(path).href;
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(request.url()));
    await reader.goto(url);
    await expect(reader.getByRole('heading', { level: 2, name: 'Board' })).toBeVisible();
    for (const product of SAMPLE) {
      await expect(
        reader.getByRole('heading', { level: 3, name: product.name, exact: true }),
      ).toBeVisible();
    }
    await expect(reader.getByRole('heading', { name: 'Archived products' })).toBeVisible();
    // Board links jump within the page.
    await reader.getByRole('link', { name: 'Ledger Desktop', exact: true }).click();
    expect(reader.url()).toMatch(/#product-[\w-]+$/);
    // Nothing was fetched but the page itself: no font, image, style or script.
    expect(requests.filter((request) => request.split('#')[0] !== url)).toEqual([]);
  } finally {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  }
});

test('PNG export downloads a picture of the view at its size on screen', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const box = await page.locator('main.main').boundingBox();
  if (!box) throw new Error('the view has no box');
  const scale = await page.evaluate(() => window.devicePixelRatio);

  const downloading = page.waitForEvent('download');
  await chooseFileAction(page, 'Export view as PNG…');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('My portfolio – Board.png');
  await expect(page.getByText('Exported the view as “My portfolio – Board.png”.')).toBeVisible();

  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR: width and height, big-endian, right after the signature and the chunk header.
  expect(Math.abs(bytes.readUInt32BE(16) - box.width * scale)).toBeLessThanOrEqual(2);
  expect(Math.abs(bytes.readUInt32BE(20) - box.height * scale)).toBeLessThanOrEqual(2);

  // Something was drawn: columns, cards and text give many colours, a blank image one.
  const colours = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) {
      seen.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    }
    return seen.size;
  }, bytes.toString('base64'));
  expect(colours).toBeGreaterThan(20);
});

test('PDF and Print open the print dialog; the PDF item says how to save', async ({
  board,
  page,
}) => {
  await board.loadSample();
  // The dialog itself is the browser's; counting calls shows the commands reach it.
  await page.evaluate(() => {
    const counted = window as Window & { printCalls?: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls = (counted.printCalls ?? 0) + 1;
    };
  });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const pdf = page.getByRole('menuitem', { name: /^Export view as PDF…/ });
  await expect(pdf).toHaveAccessibleName(/choose “Save as PDF” as the printer/);
  await pdf.click();
  await chooseFileAction(page, 'Print…');
  const calls = await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls);
  expect(calls).toBe(2);
});

test('printing shows the board alone: no toolbar, six columns across a landscape page', async ({
  board,
  page,
}) => {
  await board.loadSample();
  // About the printable width of landscape A4 with 12 mm margins, at 96 dpi.
  const pageWidth = 1030;
  await page.setViewportSize({ width: pageWidth, height: 720 });
  // As the browser does before it lays the page out for print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'File', exact: true })).toBeHidden();
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('My portfolio');
  await expect(header).toContainText('Board');

  for (const stage of STAGE_NAMES) {
    const column = board.column(stage);
    await expect(column).toBeVisible();
    const box = await column.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(pageWidth);
  }
  for (const product of SAMPLE.filter((p) => !p.archived)) {
    await expect(board.cardButton(product.name)).toBeVisible();
  }
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    background: getComputedStyle(document.body).backgroundColor,
    clipped: [...document.querySelectorAll<HTMLElement>('.column-scroll, .column-cards')].some(
      (list) => list.scrollHeight > list.clientHeight + 1,
    ),
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(pageWidth);
  // Paper is white even with a dark screen theme, and no column scrolls its cards away.
  expect(layout.background).toBe('rgb(255, 255, 255)');
  expect(layout.clipped).toBe(false);
  await page.screenshot({ path: test.info().outputPath('print-board.png'), fullPage: true });
});

test('the backlog exports as CSV: one row per item with its RICE score', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const downloading = page.waitForEvent('download');
  await chooseFileAction(page, 'Export backlog as CSV…');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('My portfolio backlog.csv');
  const folder = await mkdtemp(join(tmpdir(), 'lp-backlog-'));
  try {
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    const lines = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Product,Stage,.*Title.*RICE/i);
    const bankRules = lines.find((line) => line.includes('Bank rules'));
    // 6,000 × 2 × 90% ÷ 3 = 3,600
    expect(bankRules).toContain('Ledger Desktop');
    expect(bankRules).toContain('3600');
    expect(lines.length).toBeGreaterThan(15);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
