/**
 * Names in the backups folder: a plan's folder (a safe name derived from its id, never the id
 * as a path), a backup's file name (its UTC creation time and a random part) and its sidecar,
 * and the id that list() gives out for a backup. Everything here is pure.
 */
import { createHash } from 'node:crypto';
import { PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';

/** A plan id used as is (lower case, so case-insensitive disks cannot merge two plans)... */
const PLAIN_FOLDER = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** ...or, for any other id, `_` and a hash of it. */
const HASHED_FOLDER = /^_[0-9a-f]{40}$/;
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
/** `20261125T212912345Z-0a1b2c3d.lcplan`: the UTC time to the millisecond, then 8 random hex. */
export const BACKUP_FILE = new RegExp(
  `^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(\\d{3})Z-[0-9a-f]{8}\\.${PLAN_FILE_EXTENSION}$`,
);
export const BACKUP_ID = new RegExp(
  `^(${PLAIN_FOLDER.source.slice(1, -1)}|${HASHED_FOLDER.source.slice(1, -1)})/(${BACKUP_FILE.source.slice(1, -1)})$`,
);
/** The folder a plan's backups live in: a safe name derived from its id, never the id as a path. */
export function planFolderName(planId: string): string {
  if (PLAIN_FOLDER.test(planId) && !WINDOWS_DEVICE_NAME.test(planId)) return planId;
  return `_${createHash('sha256').update(planId, 'utf8').digest('hex').slice(0, 40)}`;
}

export function isPlanFolderName(name: string): boolean {
  return (PLAIN_FOLDER.test(name) && !WINDOWS_DEVICE_NAME.test(name)) || HASHED_FOLDER.test(name);
}

/** `2026-11-25T21:29:12.345Z` → `20261125T212912345Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The creation time a backup's file name records, as ISO 8601, or null if it is not ours. */
export function backupCreatedAt(fileName: string): string | null {
  const match = BACKUP_FILE.exec(fileName);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
  // Rejects impossible dates such as month 13, which Date would otherwise roll over.
  const time = Date.parse(iso);
  return Number.isNaN(time) || new Date(time).toISOString() !== iso ? null : iso;
}

export function sidecarName(backupFile: string): string {
  return `${backupFile.slice(0, -(PLAN_FILE_EXTENSION.length + 1))}.json`;
}
