/**
 * The user's preferences: how the app looks and behaves on this computer, never part of a
 * plan (not in plan files, merges, backups or the undo history). Stored data is `unknown`
 * until `readSettings` has checked it field by field; a field that is missing or wrong takes
 * its default, so a damaged or older store never stops the app from starting.
 */
import * as v from 'valibot';
import { canonicalRegion, regionFirstDayOfWeek, type Weekday } from './domain/region';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The week starts where the region starts it, or on a day the user picks. */
export const WEEK_START_CHOICES = ['region', 1, 6, 7] as const;
export type WeekStartChoice = (typeof WEEK_START_CHOICES)[number];

export const IMPORT_MODES = ['new', 'merge', 'replace'] as const;
export type ImportModeChoice = (typeof IMPORT_MODES)[number];

/** Automatic backups of each plan to keep, besides one a day for a month. */
export const MIN_KEPT_BACKUPS = 1;
export const MAX_KEPT_BACKUPS = 200;
export const DEFAULT_KEPT_BACKUPS = 20;

export interface Settings {
  theme: ThemeChoice;
  /** "system", or a BCP 47 tag ("de-DE") for numbers and dates. */
  region: string;
  weekStart: WeekStartChoice;
  keepBackups: number;
  /** What the import dialog offers first when a file's plan is already here. */
  importMode: ImportModeChoice;
  /** Save a plan bound to a file back to it after each pause in editing. */
  autosave: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  region: 'system',
  weekStart: 'region',
  keepBackups: DEFAULT_KEPT_BACKUPS,
  importMode: 'new',
  autosave: true,
};

const fields = {
  theme: v.picklist(THEME_CHOICES),
  region: v.pipe(
    v.string(),
    v.check((tag) => tag === 'system' || canonicalRegion(tag) === tag),
  ),
  weekStart: v.picklist(WEEK_START_CHOICES),
  keepBackups: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_KEPT_BACKUPS),
    v.maxValue(MAX_KEPT_BACKUPS),
  ),
  importMode: v.picklist(IMPORT_MODES),
  autosave: v.boolean(),
} satisfies Record<keyof Settings, v.GenericSchema>;

/** Stored settings, each field checked on its own; anything not right takes its default. */
export function readSettings(stored: unknown): Settings {
  const source =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(fields)) {
    const parsed = v.safeParse(schema, source[key]);
    if (parsed.success) settings[key] = parsed.output;
  }
  return settings as unknown as Settings;
}

/** The region in force: the chosen one, or the system's (`systemLocale`) for "system". */
export function resolveRegion(settings: Pick<Settings, 'region'>, systemLocale: string): string {
  return canonicalRegion(settings.region === 'system' ? systemLocale : settings.region);
}

export function resolveWeekStart(settings: Pick<Settings, 'weekStart'>, region: string): Weekday {
  return settings.weekStart === 'region' ? regionFirstDayOfWeek(region) : settings.weekStart;
}

/** Regions offered besides the system's: the ones most people who plan products use. */
export const REGION_CHOICES = [
  'en-US',
  'en-GB',
  'en-IN',
  'en-AU',
  'en-CA',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'tr-TR',
  'ar-EG',
  'hi-IN',
  'ja-JP',
  'ko-KR',
  'zh-CN',
] as const;
