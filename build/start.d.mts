// Types for start.mjs, so the unit tests can drive its decision.
import type { ElectronBinary } from './electron-binary.mjs';

export type InstallResult = { ok: true } | { ok: false; reason: string };
export type ElectronReady = { ok: true; path: string } | { ok: false; message: string };
export function canDownloadElectron(nodeVersion: string): boolean;
export function installElectron(): Promise<InstallResult>;
export function ensureElectron(options?: {
  find?: () => ElectronBinary;
  install?: () => Promise<InstallResult>;
  nodeVersion?: string;
  log?: (line: string) => void;
}): Promise<ElectronReady>;
