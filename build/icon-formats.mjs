// The icon containers each system wants, written from PNG images: Windows' .ico and macOS's
// .icns. Both formats are small, fixed layouts of headers around images, so they are written
// here rather than fetched as a tool: electron-builder's own conversion runs a native helper,
// and the usual npm packages for it pull in native image libraries.
import { inflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(png) {
  const bytes = Buffer.from(png);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG image');
  }
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit RGBA, non-interlaced PNG (what the renderer writes) into straight RGBA
 * pixels, top row first. Other kinds are refused, not guessed at.
 */
export function decodeRgbaPng(png) {
  const bytes = Buffer.from(png);
  const { width, height } = pngSize(bytes);
  const [bitDepth, colourType, , , interlace] = bytes.subarray(24, 29);
  if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) {
    throw new Error('only 8-bit RGBA, non-interlaced PNGs are read here');
  }
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= 4 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${String(filter)}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/**
 * A 32-bit BMP as an .ico entry holds it: BITMAPINFOHEADER (height doubled for the mask),
 * BGRA rows bottom-up, then the 1-bit AND mask (set where the pixel is transparent), each of
 * its rows padded to 4 bytes. Old readers that ignore alpha use the mask.
 */
function icoBitmap({ width, height, pixels }) {
  const maskStride = Math.ceil(width / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const colour = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y += 1) {
    const row = height - 1 - y;
    for (let x = 0; x < width; x += 1) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      colour[to] = pixels[from + 2];
      colour[to + 1] = pixels[from + 1];
      colour[to + 2] = pixels[from];
      colour[to + 3] = pixels[from + 3];
      if (pixels[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/**
 * A Windows .ico from PNG images of distinct square sizes up to 256. Sizes under 256 are
 * stored as bitmaps, which every Windows reader and NSIS take; 256 stays PNG, as Windows
 * expects for its largest size.
 */
export function encodeIco(pngs) {
  const images = pngs.map((png) => ({ png: Buffer.from(png), ...pngSize(png) }));
  images.sort((a, b) => a.width - b.width);
  const entries = images.map((image) => {
    if (image.width !== image.height || image.width > 256) {
      throw new Error(
        `an .ico image must be square and at most 256 pixels, not ${String(image.width)}×${String(image.height)}`,
      );
    }
    return image.width === 256 ? image.png : icoBitmap(decodeRgbaPng(image.png));
  });
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach((image, index) => {
    const at = 6 + 16 * index;
    // 0 stands for 256 in the one-byte width and height.
    directory.writeUInt8(image.width % 256, at);
    directory.writeUInt8(image.height % 256, at + 1);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(entries[index].length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += entries[index].length;
  });
  return Buffer.concat([directory, ...entries]);
}

/** The .icns element types that hold a PNG, by pixel size; Retina sizes share a pixel size. */
export const ICNS_TYPES = [
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
];

/** A macOS .icns holding every type of ICNS_TYPES, from PNGs keyed by their pixel size. */
export function encodeIcns(pngsBySize) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngsBySize.get(size);
    if (png === undefined) throw new Error(`no ${String(size)}×${String(size)} image for ${type}`);
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) throw new Error(`${type} needs ${String(size)} pixels`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([header, Buffer.from(png)]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}
