// Renders build/icon.svg, the one source of the app's icon, into what each system's package
// carries, under build/resources/ (generated, not committed):
//   icons/<N>x<N>.png  Linux (hicolor theme sizes)     icon.ico   Windows (16 to 256)
//   icon.icns          macOS (16 to 1024, Retina)      icon.png   1024 pixels, for anything else
// The SVG is rendered by resvg compiled to WebAssembly (@resvg/resvg-wasm): the same pixels on
// every system, with nothing native to download or build. macOS draws its icons on a grid with
// a margin and a shadow; Windows and Linux icons fill their square, so for them the render is
// cut to the tile.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { encodeIcns, encodeIco } from './icon-formats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const WINDOWS_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const MAC_SIZES = [16, 32, 64, 128, 256, 512, 1024];
/** The tile without macOS's margin: see the comment in build/icon.svg. */
const TILE_VIEW_BOX = '84 84 856 856';

let wasmReady;
function ready() {
  wasmReady ??= readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) =>
    initWasm(wasm),
  );
  return wasmReady;
}

/** The SVG rendered as a PNG `size` pixels square. */
export async function renderPng(svg, size) {
  await ready();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  const png = Buffer.from(image.asPng());
  image.free();
  resvg.free();
  return png;
}

/** The same SVG cut to its tile, for systems whose icons fill their square. */
export function tileOnly(svg) {
  return svg.replace(/viewBox="[^"]*"/, `viewBox="${TILE_VIEW_BOX}"`);
}

/** Writes every icon into `outDir` (build/resources by default); returns the paths written. */
export async function makeIcons(outDir = join(root, 'build', 'resources')) {
  const svg = await readFile(join(root, 'build', 'icon.svg'), 'utf8');
  const tile = tileOnly(svg);
  await rm(join(outDir, 'icons'), { recursive: true, force: true });
  await mkdir(join(outDir, 'icons'), { recursive: true });
  const written = [];
  const write = async (name, bytes) => {
    await writeFile(join(outDir, name), bytes);
    written.push(join(outDir, name));
  };
  for (const size of LINUX_SIZES) {
    await write(join('icons', `${String(size)}x${String(size)}.png`), await renderPng(tile, size));
  }
  await write(
    'icon.ico',
    encodeIco(await Promise.all(WINDOWS_SIZES.map((size) => renderPng(tile, size)))),
  );
  const mac = new Map();
  for (const size of MAC_SIZES) mac.set(size, await renderPng(svg, size));
  await write('icon.icns', encodeIcns(mac));
  await write('icon.png', mac.get(1024));
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = await makeIcons();
  console.log(`Made ${String(written.length)} icons from build/icon.svg in build/resources/`);
}
