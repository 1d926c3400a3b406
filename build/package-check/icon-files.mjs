// Readers for the icon containers, written apart from the encoders in ../icon-formats.mjs so
// a check does not take the writer's word for what it wrote.
import { inflateSync } from 'node:zlib';

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngDimensions(bytes) {
  if (bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every image of an .ico: its stated size, its format and its real size. */
export function readIco(bytes) {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an .ico');
  const count = bytes.readUInt16LE(4);
  const images = [];
  for (let i = 0; i < count; i += 1) {
    const at = 6 + 16 * i;
    const stated = bytes.readUInt8(at) || 256;
    const length = bytes.readUInt32LE(at + 8);
    const offset = bytes.readUInt32LE(at + 12);
    if (offset + length > bytes.length) throw new Error(`image ${String(i)} runs past the file`);
    const data = bytes.subarray(offset, offset + length);
    const png = pngDimensions(data);
    if (png !== null) {
      images.push({ stated, format: 'png', width: png.width, height: png.height });
      continue;
    }
    // A BMP entry: BITMAPINFOHEADER, height doubled for the AND mask.
    if (data.readUInt32LE(0) !== 40) throw new Error(`image ${String(i)} is neither PNG nor BMP`);
    const width = data.readInt32LE(4);
    const height = data.readInt32LE(8) / 2;
    const bits = data.readUInt16LE(14);
    const expected = 40 + width * height * 4 + Math.ceil(width / 32) * 4 * height;
    if (bits !== 32 || length !== expected) throw new Error(`image ${String(i)}: bad BMP layout`);
    images.push({ stated, format: 'bmp', width, height });
  }
  return images;
}

/** Every element of an .icns: its type and, for PNG elements, the image's size. */
export function readIcns(bytes) {
  if (bytes.toString('latin1', 0, 4) !== 'icns') throw new Error('not an .icns');
  if (bytes.readUInt32BE(4) !== bytes.length) throw new Error('the .icns length is wrong');
  const elements = [];
  for (let at = 8; at < bytes.length;) {
    const type = bytes.toString('latin1', at, at + 4);
    const length = bytes.readUInt32BE(at + 4);
    if (length < 8 || at + length > bytes.length) throw new Error(`${type} runs past the file`);
    const png = pngDimensions(bytes.subarray(at + 8, at + length));
    elements.push({ type, width: png?.width ?? null, height: png?.height ?? null });
    at += length;
  }
  return elements;
}

/** True when a PNG's image data inflates whole (a truncated image does not). */
export function pngInflates(bytes) {
  const chunks = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') {
      chunks.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const { width, height } = pngDimensions(bytes) ?? { width: 0, height: 0 };
  return inflateSync(Buffer.concat(chunks)).length === height * (width * 4 + 1);
}
