/**
 * Which files the app opens when the system hands it a path (command line, a second launch,
 * macOS 'open-file', File > Open Recent) and which it remembers as recent: plan files and
 * Trello exports, named by an absolute path. One rule for every way in, so a file that could
 * not be opened from the command line cannot get in through another door, and an opened file
 * can only ever unlock `file:open-recent` for a path of this kind.
 */
import { extname, isAbsolute } from 'node:path';
import { PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';

export const OPENABLE_EXTENSIONS: readonly string[] = [`.${PLAN_FILE_EXTENSION}`, '.json'];

export function isOpenablePlanPath(path: string): boolean {
  return isAbsolute(path) && OPENABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}
