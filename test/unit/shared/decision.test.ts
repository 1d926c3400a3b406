import { describe, expect, it } from 'vitest';
import { checkDecision, firstDecisionError } from '../../../shared/domain/decision';

describe('checkDecision', () => {
  it('accepts a choice with a rationale and a date, trimming the rationale', () => {
    expect(
      checkDecision({
        choice: 'pivot',
        rationale: '  New market: schools. ',
        decidedOn: '2026-05-10',
      }),
    ).toEqual({
      ok: true,
      value: { choice: 'pivot', rationale: 'New market: schools.', decidedOn: '2026-05-10' },
    });
  });

  it.each([
    [
      { choice: 'sell', rationale: 'x', decidedOn: '2026-05-10' },
      'choice',
      'Choose rejuvenate, retire or pivot.',
    ],
    [
      { choice: 'retire', rationale: '   ', decidedOn: '2026-05-10' },
      'rationale',
      'Say why: colleagues will read this later.',
    ],
    [
      { choice: 'retire', rationale: 'x'.repeat(20_001), decidedOn: '2026-05-10' },
      'rationale',
      'Keep the rationale to 20,000 characters.',
    ],
    [{ choice: 'retire', rationale: 'x', decidedOn: '' }, 'decidedOn', 'Pick a date.'],
    [
      { choice: 'retire', rationale: 'x', decidedOn: '2026-02-30' },
      'decidedOn',
      '“2026-02-30” is not a date; use the form YYYY-MM-DD.',
    ],
  ])('refuses %j, naming the field', (input, field, message) => {
    const check = checkDecision(input);
    expect(check).toEqual({ ok: false, errors: { [field]: message } });
    expect(firstDecisionError(check)).toBe(message);
  });

  it('reports every wrong field at once', () => {
    const check = checkDecision({ choice: '', rationale: '', decidedOn: '' });
    expect(check.ok).toBe(false);
    expect(!check.ok && Object.keys(check.errors).sort()).toEqual([
      'choice',
      'decidedOn',
      'rationale',
    ]);
  });
});
