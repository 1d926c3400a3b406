// Types for build-electron.mjs, so tests can build the bundles into a folder of their own.
export const ELECTRON_BUNDLES: readonly string[];
export function buildElectron(outDir?: string): Promise<void>;
