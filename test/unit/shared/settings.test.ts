/** Stored preferences are unknown until checked: each bad field takes its default alone. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  readSettings,
  resolveRegion,
  resolveWeekStart,
} from '../../../shared/settings';

describe('reading stored settings', () => {
  it('gives the defaults for nothing stored, or for something that is no object', () => {
    for (const stored of [undefined, null, 'dark', 42, []]) {
      expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every good field and drops only the bad ones', () => {
    const stored = {
      theme: 'dark',
      region: 'de-DE',
      weekStart: 'tuesday',
      keepBackups: 5.5,
      importMode: 'merge',
      autosave: 'yes',
      extra: true,
    };
    expect(readSettings(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      region: 'de-DE',
      importMode: 'merge',
    });
  });

  it.each([
    ['a region Intl does not know', { region: 'xx-not-a-tag!' }],
    ['a region not in canonical form', { region: 'de-de' }],
    ['too many backups', { keepBackups: 201 }],
    ['no backups at all', { keepBackups: 0 }],
    ['an unknown import mode', { importMode: 'overwrite' }],
  ])('refuses %s', (_what, stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('resolving', () => {
  it('takes the system’s region for "system", and the chosen one otherwise', () => {
    expect(resolveRegion({ region: 'system' }, 'fr-FR')).toBe('fr-FR');
    expect(resolveRegion({ region: 'en-IN' }, 'fr-FR')).toBe('en-IN');
  });

  it('starts the week where the region does unless a day is chosen', () => {
    expect(resolveWeekStart({ weekStart: 'region' }, 'en-US')).toBe(7);
    expect(resolveWeekStart({ weekStart: 'region' }, 'fr-FR')).toBe(1);
    expect(resolveWeekStart({ weekStart: 6 }, 'fr-FR')).toBe(6);
  });
});
