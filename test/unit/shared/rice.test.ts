import { describe, expect, it } from 'vitest';
import {
  checkRiceInput,
  compareByScore,
  formatScore,
  parseNumberInput,
  riceFormula,
  riceScore,
  type RiceField,
  type RiceInputs,
} from '../../../shared/domain/rice';

const inputs = (overrides: Partial<RiceInputs> = {}): RiceInputs => ({
  reach: 1200,
  impact: 2,
  confidence: 80,
  effort: 3,
  ...overrides,
});

describe('riceScore', () => {
  it.each([
    ['the formula: reach × impact × confidence ÷ effort', inputs(), 640],
    ['a reach of 0 scores 0', inputs({ reach: 0 }), 0],
    ['a confidence of 0 scores 0', inputs({ confidence: 0 }), 0],
    ['minimal impact', inputs({ reach: 100, impact: 0.25, confidence: 100, effort: 1 }), 25],
    ['fractional effort', inputs({ reach: 10, impact: 1, confidence: 50, effort: 0.5 }), 10],
  ])('%s', (_name, given, expected) => {
    expect(riceScore(given)).toBeCloseTo(expected, 10);
  });

  it.each<[string, RiceInputs]>([
    ['reach missing', inputs({ reach: null })],
    ['impact missing', inputs({ impact: null })],
    ['confidence missing', inputs({ confidence: null })],
    ['effort missing', inputs({ effort: null })],
    ['negative reach', inputs({ reach: -1 })],
    ['impact off the scale', { ...inputs(), impact: 0.3 as RiceInputs['impact'] }],
    ['confidence above 100', inputs({ confidence: 101 })],
    ['effort of 0 (would divide by zero)', inputs({ effort: 0 })],
    ['negative effort', inputs({ effort: -2 })],
    ['NaN reach', inputs({ reach: Number.NaN })],
    ['infinite reach', inputs({ reach: Number.POSITIVE_INFINITY })],
    ['a score too large to compute', inputs({ reach: 1e308, impact: 3, effort: 1e-10 })],
  ])('is null, never NaN or Infinity, with %s', (_name, given) => {
    expect(riceScore(given)).toBeNull();
  });
});

describe('checkRiceInput', () => {
  const ok = (value: number | null) => ({ ok: true, value });
  const fails = (message: string | RegExp) =>
    expect.objectContaining({ ok: false, message: expect.stringMatching(message) });

  it.each<[RiceField, string, unknown]>([
    // Blank means "not estimated yet", for every field.
    ['reach', '', ok(null)],
    ['impact', '   ', ok(null)],
    ['confidence', '', ok(null)],
    ['effort', '', ok(null)],
    // Reach: a count, 0 or more; thousands separators and spaces are fine.
    ['reach', '1200', ok(1200)],
    ['reach', '1,200', ok(1200)],
    ['reach', ' 1 200 ', ok(1200)],
    ['reach', '0', ok(0)],
    ['reach', '-0', ok(0)],
    ['reach', '2.5e3', ok(2500)],
    ['reach', '-1', fails(/^Reach is a count/)],
    ['reach', 'abc', fails('“abc” is not a number.')],
    ['reach', 'NaN', fails('“NaN” is not a number.')],
    ['reach', 'Infinity', fails('“Infinity” is not a number.')],
    ['reach', '1e400', fails('“1e400” is too large a number.')],
    ['reach', '1,2', fails('“1,2” is not a number.')],
    ['reach', '12,00', fails('is not a number')],
    ['reach', '50%', fails('“50%” is not a number.')],
    ['reach', '0x10', fails('is not a number')],
    ['reach', '1.2.3', fails('is not a number')],
    // Impact: only the scale.
    ['impact', '0.25', ok(0.25)],
    ['impact', '.5', ok(0.5)],
    ['impact', '3', ok(3)],
    ['impact', '0.3', fails(/^Impact is one of 0.25, 0.5, 1, 2 or 3/)],
    ['impact', '4', fails(/^Impact is one of/)],
    ['impact', '-1', fails(/^Impact is one of/)],
    ['impact', 'Infinity', fails('is not a number')],
    // Confidence: a percentage, with or without the sign.
    ['confidence', '50', ok(50)],
    ['confidence', '50%', ok(50)],
    ['confidence', ' 80 % ', ok(80)],
    ['confidence', '100', ok(100)],
    ['confidence', '0', ok(0)],
    ['confidence', '101', fails(/^Confidence is a percentage from 0 to 100/)],
    ['confidence', '-1', fails(/^Confidence is a percentage/)],
    ['confidence', 'NaN', fails('is not a number')],
    ['confidence', '1e400', fails('too large')],
    ['confidence', '%50', fails('is not a number')],
    // Effort: person-months, more than 0.
    ['effort', '0.5', ok(0.5)],
    ['effort', '3', ok(3)],
    ['effort', '0', fails(/^Effort is in person-months and more than 0/)],
    ['effort', '-1', fails(/^Effort is in person-months/)],
    ['effort', 'abc', fails('is not a number')],
    ['effort', 'Infinity', fails('is not a number')],
    ['effort', '1e400', fails('too large')],
  ])('%s %j', (field, raw, expected) => {
    expect(checkRiceInput(field, raw)).toEqual(expected);
  });

  it('shortens a long wrong value in its message', () => {
    const check = checkRiceInput('reach', 'x'.repeat(500));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message.length).toBeLessThan(60);
  });
});

describe('parseNumberInput', () => {
  it.each([
    ['', null],
    ['42', 42],
    ['+7', 7],
    ['1,234,567.5', 1234567.5],
    ['1_000', 1000],
    ['1e400', 'invalid'],
    ['-1e400', 'invalid'],
    ['1,2345', 'invalid'],
    [',', 'invalid'],
    ['.', 'invalid'],
  ])('%j → %j', (raw, expected) => {
    expect(parseNumberInput(raw)).toBe(expected);
  });
});

describe('riceFormula', () => {
  it.each([
    [inputs(), '1,200 × 2 × 80% ÷ 3 = 640'],
    [inputs({ reach: 10, impact: 0.5, confidence: 50, effort: 1 }), '10 × 0.5 × 50% ÷ 1 = 2.5'],
    [inputs({ reach: null, effort: null }), '? × 2 × 80% ÷ ? = ?'],
    [inputs({ confidence: null }), '1,200 × 2 × ? ÷ 3 = ?'],
    [inputs({ effort: 0 }), '1,200 × 2 × 80% ÷ 0 = ?'],
  ])('%j reads %s', (given, expected) => {
    const formula = riceFormula(given);
    expect(formula).toBe(expected);
    expect(formula).not.toMatch(/NaN|Infinity/);
  });

  it('rounds scores below 100 to one decimal and larger ones to whole numbers', () => {
    expect(formatScore(2.345)).toBe('2.3');
    expect(formatScore(1234.5)).toBe('1,235');
  });
});

describe('compareByScore', () => {
  it('puts the highest score first and unscored items last, in backlog order', () => {
    const items = [
      { id: 'none-b', rank: 'a3', ...inputs({ effort: null }) },
      { id: 'low', rank: 'a1', ...inputs({ reach: 10 }) },
      { id: 'high', rank: 'a4', ...inputs({ reach: 5000 }) },
      { id: 'none-a', rank: 'a0', ...inputs({ reach: null }) },
      { id: 'mid', rank: 'a2', ...inputs() },
      { id: 'bad', rank: 'a5', ...inputs({ effort: 0 }) },
    ];
    expect([...items].sort(compareByScore).map((item) => item.id)).toEqual([
      'high',
      'mid',
      'low',
      'none-a',
      'none-b',
      'bad',
    ]);
  });

  it('keeps equal scores in backlog order', () => {
    const a = { rank: 'a1', ...inputs() };
    const b = { rank: 'a0', ...inputs() };
    expect([a, b].sort(compareByScore)).toEqual([b, a]);
  });
});
