/**
 * Which app reads which plan-file version, for the message shown when a file is too new.
 * The app version is a constant rather than read from package.json so `shared/` stays free of
 * build-time file reads; a unit test keeps the two equal.
 */
import { PLAN_FILE_VERSION } from './types';

/** This app's version, as in package.json. */
export const APP_VERSION = '0.3.0';

/** The first app version that wrote (and so reads) each plan-file version. */
export const APP_VERSION_FOR_FILE_VERSION: Readonly<Record<number, string>> = {
  1: '0.1.0',
  2: '0.2.0',
  3: '0.3.0',
};

/** "Lifecycle Planner 0.3.0 or later" when known, otherwise "a version newer than this one". */
export function appNeededFor(
  fileVersion: number,
  table: Readonly<Record<number, string>> = APP_VERSION_FOR_FILE_VERSION,
): string {
  const known = table[fileVersion];
  return known === undefined
    ? `a version of Lifecycle Planner newer than ${APP_VERSION}`
    : `Lifecycle Planner ${known} or later`;
}

export { PLAN_FILE_VERSION };
