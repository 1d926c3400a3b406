// Types for electron-binary.mjs, so the TypeScript end-to-end spec can share its check.
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };
export function findElectronBinary(packageDir?: string | null): ElectronBinary;
export function installedPackageDir(): string | null;
export const ELECTRON_SKIP_REASON: string;
