/**
 * Settings (Preferences on macOS): each change applies at once and is kept for next time, as
 * in any desktop app's preferences; there is nothing to save. See store/settings.ts for where
 * they live and why.
 */
import './settings.css';
import { formatCalendarDate, localCalendarDate } from '../../../shared/domain/calendar';
import { formatRegionNumber } from '../../../shared/domain/region';
import {
  IMPORT_MODES,
  REGION_CHOICES,
  THEME_CHOICES,
  WEEK_START_CHOICES,
  resolveRegion,
  resolveWeekStart,
  type ImportModeChoice,
  type ThemeChoice,
  type WeekStartChoice,
} from '../../../shared/settings';
import { useUi } from '../store';
import { useSettings } from '../store/settings';
import { Modal } from '../ui/Modal';
import { SelectField } from '../ui/SelectField';
import { BackupSettings } from './BackupSettings';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};
const IMPORT_MODE_LABELS: Record<ImportModeChoice, string> = {
  new: 'As a new copy',
  merge: 'Merge into the plan',
  replace: 'Replace the plan',
};
const WEEKDAY_NAMES: Record<1 | 6 | 7, string> = { 1: 'Monday', 6: 'Saturday', 7: 'Sunday' };

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
const regionName = (tag: string) => englishNames.of(tag) ?? tag;

/** "1.234,5 · 1. März 2026": what numbers and dates look like in a region. */
function regionSample(tag: string): string {
  const today = localCalendarDate(new Date());
  return `${formatRegionNumber(1234.5, 2, tag)} · ${formatCalendarDate(today, { dateStyle: 'medium' }, tag)}`;
}

function weekStartLabel(choice: WeekStartChoice, region: string): string {
  if (choice !== 'region') return WEEKDAY_NAMES[choice];
  const day = resolveWeekStart({ weekStart: 'region' }, region);
  const name = day === 1 || day === 6 || day === 7 ? WEEKDAY_NAMES[day] : `day ${day}`;
  return `As in the region (${name})`;
}

export function SettingsDialog() {
  const closeDialog = useUi((s) => s.closeDialog);
  const settings = useSettings();
  const systemLocale = navigator.language || 'en-US';
  const region = resolveRegion(settings, systemLocale);
  const update = settings.update;

  return (
    <Modal title="Settings" onClose={closeDialog}>
      <div className="form settings">
        <fieldset className="settings-group">
          <legend>Theme</legend>
          <div className="segmented" role="radiogroup" aria-label="Theme">
            {THEME_CHOICES.map((theme) => (
              <label key={theme} className="segmented-option">
                <input
                  type="radio"
                  name="settings-theme"
                  checked={settings.theme === theme}
                  onChange={() => update({ theme })}
                />
                <span>{THEME_LABELS[theme]}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="settings-group">
          <legend>Region</legend>
          <SelectField
            label="Numbers and dates"
            value={settings.region}
            onChange={(value) => update({ region: value })}
            hint={`Shown as ${regionSample(region)}. Plan files keep plain numbers and ISO dates, so colleagues in any region read them alike.`}
          >
            <option value="system">
              Same as the system ({regionName(canonicalOrSelf(systemLocale))})
            </option>
            {REGION_CHOICES.map((tag) => (
              <option key={tag} value={tag}>
                {regionName(tag)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="First day of the week"
            value={String(settings.weekStart)}
            onChange={(value) =>
              update({ weekStart: value === 'region' ? 'region' : (Number(value) as 1 | 6 | 7) })
            }
            hint="Where a stakeholder update’s week begins."
          >
            {WEEK_START_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                {weekStartLabel(choice, region)}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <BackupSettings />

        <fieldset className="settings-group">
          <legend>Files</legend>
          <SelectField
            label="When an imported plan is already here"
            value={settings.importMode}
            onChange={(value) => update({ importMode: value as ImportModeChoice })}
            hint="Offered first in the import preview; you can still choose another there."
          >
            {IMPORT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {IMPORT_MODE_LABELS[mode]}
              </option>
            ))}
          </SelectField>
          <label className="check-field">
            <input
              type="checkbox"
              checked={settings.autosave}
              onChange={(event) => update({ autosave: event.target.checked })}
            />
            Save plans opened from a file back to it automatically
          </label>
        </fieldset>

        <div className="form-actions">
          <span className="form-actions-start" />
          <button type="button" className="button button-primary" onClick={closeDialog}>
            Done
          </button>
        </div>
      </div>
    </Modal>
  );
}

function canonicalOrSelf(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}
