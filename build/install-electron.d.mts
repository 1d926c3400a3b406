// Types for install-electron.mjs, so the unit tests can check its progress wording.
export function describeProgress(transferred: number, total: number | null): string;
