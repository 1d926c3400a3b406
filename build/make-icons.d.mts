// Types for make-icons.mjs, so the unit tests can render and check the app's icons.
export const LINUX_SIZES: readonly number[];
export const WINDOWS_SIZES: readonly number[];
export const MAC_SIZES: readonly number[];
export function renderPng(svg: string, size: number): Promise<Buffer>;
export function tileOnly(svg: string): string;
export function makeIcons(outDir?: string): Promise<string[]>;
