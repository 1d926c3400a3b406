/**
 * Recognises text saved in UTF-16 or UTF-32, which plan files are not, so the message can say
 * what the file is instead of "not valid UTF-8 (byte 0)". Byte-order marks say it outright.
 * Without one, the zero bytes give it away: UTF-8 JSON never holds a zero byte, while JSON's
 * own characters ({, ", :, letters of keys) are ASCII, and an ASCII character is one zero byte
 * beside the character in UTF-16, three in UTF-32. Which bytes of each code unit are zero says
 * the width and the byte order (RFC 4627, section 3, reads the first four bytes the same way).
 */

const HOW_TO_FIX =
  'Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8 ' +
  '(in Notepad: Save as, then Encoding: UTF-8).';

// UTF-32 LE first: its mark begins with the UTF-16 LE one.
const MARKS: readonly { name: string; bom: readonly number[] }[] = [
  { name: 'UTF-32 (little-endian)', bom: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'UTF-32 (big-endian)', bom: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'UTF-16 (little-endian)', bom: [0xff, 0xfe] },
  { name: 'UTF-16 (big-endian)', bom: [0xfe, 0xff] },
];

/** How much of the file's start the zero bytes are counted in (a multiple of 4). */
const SAMPLE_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding the zero bytes point to, or null when they point to none. */
function guessFromZeros(bytes: Uint8Array): { name: string; width: 2 | 4 } | null {
  const sampled = Math.min(bytes.length, SAMPLE_BYTES);
  const length = sampled - (sampled % 4);
  if (length === 0) return null;
  // Zero bytes by position in a 4-byte group.
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < length; i += 1) {
    if (bytes[i] === 0) zeros[i % 4] = (zeros[i % 4] ?? 0) + 1;
  }
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const units = length / 4;
  // A stray zero byte or two is damage, not an encoding: JSON's own check names it.
  if (z0 + z1 + z2 + z3 < Math.max(2, length / 200)) return null;
  // UTF-32: the top byte of every code unit is zero, the next one nearly always, and the
  // character's own byte almost never.
  if (z3 === units && z2 >= units * 0.9 && z0 < units / 2) {
    return { name: 'UTF-32 (little-endian)', width: 4 };
  }
  if (z0 === units && z1 >= units * 0.9 && z3 < units / 2) {
    return { name: 'UTF-32 (big-endian)', width: 4 };
  }
  // UTF-16: zeros sit on one side of each pair (characters like U+4E00 put a few on the other).
  const odd = z1 + z3;
  const even = z0 + z2;
  if (odd >= even * 4) return { name: 'UTF-16 (little-endian)', width: 2 };
  if (even >= odd * 4) return { name: 'UTF-16 (big-endian)', width: 2 };
  return null;
}

/** A message naming the file's encoding when it is UTF-16 or UTF-32; null otherwise. */
export function describeOtherEncoding(bytes: Uint8Array): string | null {
  const marked = MARKS.find((mark) => startsWith(bytes, mark.bom));
  if (marked) {
    return `The file is ${marked.name} text (it starts with that encoding's byte-order mark). ${HOW_TO_FIX}`;
  }
  const guess = guessFromZeros(bytes);
  if (!guess) return null;
  return `The file looks like ${guess.name} text: its characters take ${guess.width} bytes each, with zero bytes between the letters. ${HOW_TO_FIX}`;
}
