/** Chosen once at start-up: the preload's bridge when it is there, the browser otherwise. */
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './platform';

export const platform: Platform = window.planner
  ? electronPlatform(window.planner)
  : browserPlatform();

export type { ImportSource, PickedFile, Platform, ViewExportResult } from './platform';
