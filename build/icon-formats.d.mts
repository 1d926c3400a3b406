// Types for icon-formats.mjs, so the unit tests can drive the encoders.
export function pngSize(png: Uint8Array): { width: number; height: number };
export function decodeRgbaPng(png: Uint8Array): { width: number; height: number; pixels: Buffer };
export function encodeIco(pngs: readonly Uint8Array[]): Buffer;
export const ICNS_TYPES: readonly (readonly [string, number])[];
export function encodeIcns(pngsBySize: ReadonlyMap<number, Uint8Array>): Buffer;
