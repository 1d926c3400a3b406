/**
 * The icon containers the build writes (build/icon-formats.mjs), read back here byte by byte
 * as Windows and macOS read them, from images rendered by the same renderer the build uses.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeRgbaPng, encodeIcns, encodeIco, pngSize } from '../../../build/icon-formats.mjs';
import { MAC_SIZES, makeIcons, renderPng } from '../../../build/make-icons.mjs';

/** Left half opaque red, right half transparent: easy to check pixel by pixel. */
const HALF_RED = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="8" height="16" fill="#ff0000"/></svg>`;

describe('.ico', () => {
  test('small sizes are 32-bit bitmaps, bottom-up BGRA with an AND mask; 256 stays PNG', async () => {
    const ico = encodeIco([await renderPng(HALF_RED, 256), await renderPng(HALF_RED, 16)]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    // Directory sorted by size; 256 written as 0.
    expect([ico.readUInt8(6), ico.readUInt8(22)]).toEqual([16, 0]);
    const offset16 = ico.readUInt32LE(6 + 12);
    const bmp = ico.subarray(offset16, offset16 + ico.readUInt32LE(6 + 8));
    expect([
      bmp.readUInt32LE(0),
      bmp.readInt32LE(4),
      bmp.readInt32LE(8),
      bmp.readUInt16LE(14),
    ]).toEqual([40, 16, 32, 32]);
    const pixel = (x: number, yFromTop: number) => {
      const at = 40 + ((15 - yFromTop) * 16 + x) * 4;
      return [...bmp.subarray(at, at + 4)];
    };
    expect(pixel(0, 0)).toEqual([0, 0, 255, 255]);
    expect(pixel(15, 15)).toEqual([0, 0, 0, 0]);
    // AND mask after the colours: bit set where transparent, rows padded to 4 bytes.
    const mask = bmp.subarray(40 + 16 * 16 * 4);
    expect(mask.length).toBe(16 * 4);
    expect([...mask.subarray(0, 4)]).toEqual([0x00, 0xff, 0, 0]);
    const offset256 = ico.readUInt32LE(22 + 12);
    expect(pngSize(ico.subarray(offset256))).toEqual({ width: 256, height: 256 });
  });

  test('refuses images Windows cannot hold', async () => {
    expect(() => encodeIco([Buffer.from('not a png')])).toThrow('not a PNG image');
    const wide = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16"><rect width="32" height="16"/></svg>`;
    await expect(renderPng(wide, 32).then((png) => encodeIco([png]))).rejects.toThrow(
      'an .ico image must be square and at most 256 pixels, not 32×16',
    );
  });

  test('the PNG reader gives straight, not premultiplied, colours', async () => {
    const { width, pixels } = decodeRgbaPng(
      await renderPng(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#3366cc" fill-opacity="0.5"/></svg>`,
        4,
      ),
    );
    expect(width).toBe(4);
    const [r = 0, g = 0, b = 0, a = 0] = pixels;
    expect(Math.abs(r - 0x33)).toBeLessThanOrEqual(2);
    expect(Math.abs(g - 0x66)).toBeLessThanOrEqual(2);
    expect(Math.abs(b - 0xcc)).toBeLessThanOrEqual(2);
    expect(Math.abs(a - 128)).toBeLessThanOrEqual(1);
  });
});

describe('.icns', () => {
  test('a header with the total length, then one PNG element per type', async () => {
    const pngs = new Map<number, Buffer>();
    for (const size of MAC_SIZES) pngs.set(size, await renderPng(HALF_RED, size));
    const icns = encodeIcns(pngs);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, number][] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      found.push([icns.toString('latin1', at, at + 4), pngSize(icns.subarray(at + 8)).width]);
    }
    expect(found).toEqual([
      ['icp4', 16],
      ['icp5', 32],
      ['ic11', 32],
      ['icp6', 64],
      ['ic12', 64],
      ['ic07', 128],
      ['ic08', 256],
      ['ic13', 256],
      ['ic09', 512],
      ['ic14', 512],
      ['ic10', 1024],
    ]);
  });

  test('a missing size is refused, not left out', async () => {
    const pngs = new Map([[16, await renderPng(HALF_RED, 16)]]);
    expect(() => encodeIcns(pngs)).toThrow('no 32×32 image for icp5');
  });
});

describe('the app icon', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'icons-'));
    await makeIcons(out);
  }, 60_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  test('every file is made from build/icon.svg', async () => {
    expect((await readdir(join(out, 'icons'))).sort()).toEqual(
      ['128x128', '16x16', '24x24', '256x256', '32x32', '48x48', '512x512', '64x64'].map(
        (name) => `${name}.png`,
      ),
    );
    expect(pngSize(await readFile(join(out, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  test('Windows and Linux icons fill their square; the macOS one keeps the grid’s margin', async () => {
    const corner = async (file: string) => {
      const { width, pixels } = decodeRgbaPng(await readFile(file));
      // Alpha of a pixel a tenth of the way in along the diagonal: inside the tile or not.
      const at = (Math.floor(width / 10) * width + Math.floor(width / 10)) * 4 + 3;
      return pixels[at];
    };
    expect(await corner(join(out, 'icons', '256x256.png'))).toBe(255);
    expect(await corner(join(out, 'icon.png'))).toBeLessThan(128);
  });
});
