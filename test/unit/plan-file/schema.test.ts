import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoTimestamp, validatePlanFile } from '../../../shared/plan-file/schema';
import { APP_VERSION, APP_VERSION_FOR_FILE_VERSION } from '../../../shared/plan-file/versions';
import { PLAN_FILE_VERSION } from '../../../shared/plan-file/types';
import { makePlanFile } from './factories';

describe('timestamps', () => {
  it.each([
    '2026-03-01T09:00:00.000Z',
    '2026-03-01T09:00:00Z',
    '2026-03-01T09:00:00.123456Z',
    '2026-03-01T23:59:59+05:30',
    '2024-02-29T00:00:00-08:00',
  ])('accepts %s', (text) => expect(isIsoTimestamp(text)).toBe(true));

  it.each([
    '2026-03-01',
    '2026-03-01T09:00:00',
    '2026-03-01 09:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:00:00+2:00',
    'Sun, 01 Mar 2026 09:00:00 GMT',
    '',
  ])('refuses %j', (text) => expect(isIsoTimestamp(text)).toBe(false));
});

describe('calendar dates', () => {
  it.each(['2026-03-01', '2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31'])(
    'accepts %s',
    (text) => expect(isCalendarDate(text)).toBe(true),
  );

  // Years a plan cannot hold: a slip of the keyboard (0026) or a hostile file.
  it.each(['0000-02-29', '0001-01-01', '0099-12-31', '1899-12-31', '2200-01-01', '9999-12-31'])(
    'refuses %s, outside the plan’s years',
    (text) => expect(isCalendarDate(text)).toBe(false),
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
    '',
    '2026-04-31',
    '2026-00-10',
    '2026-3-1',
    '2026-03-01T00:00:00Z',
  ])('refuses %s', (text) => expect(isCalendarDate(text)).toBe(false));
});

describe('validatePlanFile', () => {
  it('accepts a valid plan as the app type', () => {
    const file = makePlanFile();
    expect(validatePlanFile(file)).toEqual({ ok: true, file });
  });

  it('checks integrity after the schema', () => {
    const file = makePlanFile();
    const broken = { ...file, milestones: file.milestones.map((m) => ({ ...m, productId: 'x' })) };
    expect(validatePlanFile(broken)).toEqual({
      ok: false,
      problem: {
        message: 'milestones[0].productId: no product in the file has the id "x".',
        path: 'milestones[0].productId',
      },
    });
  });

  it('refuses a value that is not an object', () => {
    const result = validatePlanFile('plan');
    expect(!result.ok && result.problem.message).toBe(
      'The plan file is not an object: expected an object ({…}); found text "plan".',
    );
  });
});

describe('app versions', () => {
  it('match package.json, and every file version names the app that first wrote it', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(APP_VERSION).toBe(pkg.version);
    expect(APP_VERSION_FOR_FILE_VERSION[PLAN_FILE_VERSION]).toBeDefined();
  });
});
