import { describe, expect, it } from 'vitest';
import {
  checkPlannedStages,
  plannableStages,
  plannedAfter,
} from '../../../shared/domain/planned-stages';

describe('planned stages', () => {
  it('offers only the stages after the current one', () => {
    expect(plannableStages('launch')).toEqual(['growth', 'maturity', 'decline']);
    expect(plannableStages('decline')).toEqual([]);
  });

  it.each([
    [
      { launch: '2026-05-01', growth: '2026-09-01' },
      {
        ok: true,
        value: [
          { stage: 'launch', plannedOn: '2026-05-01' },
          { stage: 'growth', plannedOn: '2026-09-01' },
        ],
      },
    ],
    [
      { launch: '', growth: ' 2026-09-01 ' },
      { ok: true, value: [{ stage: 'growth', plannedOn: '2026-09-01' }] },
    ],
    [
      { launch: '2026-05-01', growth: '2026-05-01' },
      {
        ok: true,
        value: [
          { stage: 'launch', plannedOn: '2026-05-01' },
          { stage: 'growth', plannedOn: '2026-05-01' },
        ],
      },
    ],
    [{ launch: '2026-02-30' }, { ok: false, message: 'Launch: “2026-02-30” is not a date.' }],
    [
      { launch: '2026-09-01', maturity: '2026-05-01' },
      {
        ok: false,
        message: 'Maturity is planned before Launch; plan the stages in order.',
      },
    ],
    [{ ideation: '2026-01-01' }, { ok: true, value: [] }],
  ])('checks %j', (dates, expected) => {
    expect(checkPlannedStages({ stage: 'development' }, dates)).toEqual(expected);
  });

  it('drops planned dates of stages the product has reached', () => {
    const planned = [
      { stage: 'launch' as const, plannedOn: '2026-05-01' },
      { stage: 'growth' as const, plannedOn: '2026-09-01' },
    ];
    expect(plannedAfter('launch', planned)).toEqual([{ stage: 'growth', plannedOn: '2026-09-01' }]);
  });
});
