import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { PlannedStage } from '../../../shared/domain/product';
import {
  describeRow,
  formatSpanLength,
  localDayOf,
  productSpans,
  timelineRow,
  visibleRange,
  type TimelineProduct,
  type ToLocalDay,
} from '../../../shared/domain/timeline';

const TODAY = '2026-03-15';

/** The local day in a zone with a fixed offset from UTC (minutes east; −300 is UTC−5). */
const dayAtOffset =
  (offsetMinutes: number): ToLocalDay =>
  (iso) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms)
      ? null
      : new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
  };
const utcDay = dayAtOffset(0);

function makeProduct(
  history: [Stage, string][],
  fields: Partial<Omit<TimelineProduct, 'stageHistory'>> & { planned?: PlannedStage[] } = {},
): TimelineProduct {
  const last = history[history.length - 1];
  return {
    id: 'p1',
    name: 'Ledger',
    stage: fields.stage ?? last?.[0] ?? 'ideation',
    stageHistory: history.map(([stage, enteredAt]) => ({ stage, enteredAt })),
    plannedStages: fields.planned ?? [],
    createdAt: fields.createdAt ?? '2025-01-01T10:00:00.000Z',
    updatedAt: fields.updatedAt ?? '2025-01-01T10:00:00.000Z',
  };
}

const span = (
  stage: Stage,
  kind: string,
  start: string,
  end: string | null,
  latePlannedOn: string | null = null,
) => ({ stage, kind, start, end, latePlannedOn });

describe('spans from the stage history', () => {
  it.each([
    {
      what: 'one span per stage, the current one up to today',
      product: makeProduct([
        ['ideation', '2025-01-10T09:00:00Z'],
        ['development', '2025-06-01T09:00:00Z'],
      ]),
      spans: [
        span('ideation', 'past', '2025-01-10', '2025-06-01'),
        span('development', 'current', '2025-06-01', TODAY),
      ],
    },
    {
      what: 'two stages entered on one day: the first lasts no days',
      product: makeProduct([
        ['ideation', '2025-01-10T09:00:00Z'],
        ['development', '2025-01-10T15:00:00Z'],
        ['launch', '2025-02-01T09:00:00Z'],
      ]),
      spans: [
        span('ideation', 'past', '2025-01-10', '2025-01-10'),
        span('development', 'past', '2025-01-10', '2025-02-01'),
        span('launch', 'current', '2025-02-01', TODAY),
      ],
    },
    {
      what: 'history out of order: sorted by day',
      product: makeProduct(
        [
          ['development', '2025-06-01T09:00:00Z'],
          ['ideation', '2025-01-10T09:00:00Z'],
        ],
        { stage: 'development' },
      ),
      spans: [
        span('ideation', 'past', '2025-01-10', '2025-06-01'),
        span('development', 'current', '2025-06-01', TODAY),
      ],
    },
    {
      what: 'no history: in its stage since it was created',
      product: makeProduct([], { stage: 'launch', createdAt: '2025-12-01T12:00:00Z' }),
      spans: [span('launch', 'current', '2025-12-01', TODAY)],
    },
    {
      what: 'no history and no readable creation date: no spans',
      product: makeProduct([], { stage: 'launch', createdAt: 'yesterday' }),
      spans: [],
    },
    {
      what: 'an unreadable entry is skipped',
      product: makeProduct([
        ['ideation', 'not a time'],
        ['development', '2025-06-01T09:00:00Z'],
      ]),
      spans: [span('development', 'current', '2025-06-01', TODAY)],
    },
    {
      what: 'the board stage differs from the latest entry: entered at the last change',
      product: makeProduct([['ideation', '2025-01-10T09:00:00Z']], {
        stage: 'development',
        updatedAt: '2025-04-01T09:00:00Z',
      }),
      spans: [
        span('ideation', 'past', '2025-01-10', '2025-04-01'),
        span('development', 'current', '2025-04-01', TODAY),
      ],
    },
    {
      what: 'a current stage entered after today (a clock ahead) ends where it starts',
      product: makeProduct([['ideation', '2026-04-01T09:00:00Z']]),
      spans: [span('ideation', 'current', '2026-04-01', '2026-04-01')],
    },
  ])('$what', ({ product, spans }) => {
    expect(productSpans(product, TODAY, utcDay)).toEqual(spans);
  });
});

describe('planned spans', () => {
  const history: [Stage, string][] = [
    ['ideation', '2025-01-10T09:00:00Z'],
    ['development', '2025-06-01T09:00:00Z'],
  ];
  const planned = (list: [Stage, string][]) =>
    productSpans(
      makeProduct(history, { planned: list.map(([stage, plannedOn]) => ({ stage, plannedOn })) }),
      TODAY,
      utcDay,
    ).slice(2);

  it.each<{ what: string; plan: [Stage, string][]; spans: ReturnType<typeof span>[] }>([
    {
      what: 'the current stage continues until the first planned stage; the last has no end',
      plan: [
        ['launch', '2026-06-01'],
        ['growth', '2026-12-01'],
      ],
      spans: [
        span('development', 'continuing', TODAY, '2026-06-01'),
        span('launch', 'planned', '2026-06-01', '2026-12-01'),
        span('growth', 'planned', '2026-12-01', null),
      ],
    },
    {
      what: 'a planned date already passed is moved to today and remembered',
      plan: [
        ['launch', '2026-01-10'],
        ['growth', '2026-09-01'],
      ],
      spans: [
        span('launch', 'planned', TODAY, '2026-09-01', '2026-01-10'),
        span('growth', 'planned', '2026-09-01', null),
      ],
    },
    {
      what: 'a planned date before the current stage began is late too',
      plan: [['launch', '2025-03-01']],
      spans: [span('launch', 'planned', TODAY, null, '2025-03-01')],
    },
    {
      what: 'a planned date of today is on time',
      plan: [['launch', TODAY]],
      spans: [span('launch', 'planned', TODAY, null)],
    },
    {
      what: 'stages already reached, unreadable dates and second dates for a stage are ignored',
      plan: [
        ['ideation', '2026-05-01'],
        ['development', '2026-05-01'],
        ['launch', '2026-13-01'],
        ['growth', '2026-08-01'],
        ['growth', '2026-07-01'],
      ],
      spans: [
        span('development', 'continuing', TODAY, '2026-07-01'),
        span('growth', 'planned', '2026-07-01', null),
      ],
    },
    {
      what: 'planned dates are taken in date order',
      plan: [
        ['maturity', '2027-01-01'],
        ['launch', '2026-06-01'],
      ],
      spans: [
        span('development', 'continuing', TODAY, '2026-06-01'),
        span('launch', 'planned', '2026-06-01', '2027-01-01'),
        span('maturity', 'planned', '2027-01-01', null),
      ],
    },
  ])('$what', ({ plan, spans }) => {
    expect(planned(plan)).toEqual(spans);
  });

  it('never plans from before a current stage that started after today', () => {
    const product = makeProduct([['ideation', '2026-04-01T09:00:00Z']], {
      planned: [{ stage: 'development', plannedOn: '2026-03-20' }],
    });
    expect(productSpans(product, TODAY, utcDay)).toEqual([
      span('ideation', 'current', '2026-04-01', '2026-04-01'),
      span('development', 'planned', '2026-04-01', null),
    ]);
  });
});

describe('local days of stage-history timestamps', () => {
  it.each([
    ['late evening west of Greenwich', '2026-03-01T02:30:00Z', -300, '2026-02-28'],
    ['early morning east of Greenwich', '2026-02-28T22:30:00Z', 120, '2026-03-01'],
    ['the last day of a leap February', '2024-03-01T04:59:00Z', -300, '2024-02-29'],
    ['a year end', '2026-01-01T07:00:00Z', -480, '2025-12-31'],
  ])('%s: %s at %i minutes is %s', (_what, iso, offset, day) => {
    const product = makeProduct([['ideation', iso]]);
    expect(productSpans(product, TODAY, dayAtOffset(offset))[0]?.start).toBe(day);
  });

  describe.each([
    ['America/New_York', '2026-02-28'],
    ['Pacific/Kiritimati', '2026-03-01'],
    ['UTC', '2026-03-01'],
  ])('in the time zone %s', (zone, day) => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.TZ;
      process.env.TZ = zone;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it(`places 2026-03-01T02:30Z on ${day} by default`, () => {
      expect(localDayOf('2026-03-01T02:30:00Z')).toBe(day);
      const product = makeProduct([['ideation', '2026-03-01T02:30:00Z']]);
      expect(productSpans(product, TODAY)[0]?.start).toBe(day);
    });

    it('keeps a bare date as that day and refuses text that is no time', () => {
      expect(localDayOf('2026-03-01')).toBe('2026-03-01');
      expect(localDayOf('soon')).toBeNull();
    });
  });
});

describe('rows', () => {
  it('sorts milestones by date, drops unreadable dates and marks each one', () => {
    const row = timelineRow(
      makeProduct([['ideation', '2025-01-10T09:00:00Z']]),
      [
        { id: 'm1', title: 'Beta', date: '2026-04-01', done: false },
        { id: 'm2', title: 'Alpha', date: '2026-02-01', done: true },
        { id: 'm3', title: 'Pilot', date: '2026-03-01', done: false },
        { id: 'm4', title: 'Review', date: TODAY, done: false },
        { id: 'm5', title: 'Broken', date: '2026-02-30', done: false },
      ],
      TODAY,
      utcDay,
    );
    expect(row.milestones.map((m) => [m.title, m.status])).toEqual([
      ['Alpha', 'done'],
      ['Pilot', 'overdue'],
      ['Review', 'open'],
      ['Beta', 'open'],
    ]);
  });

  it('shows every span, milestone and today in the visible range', () => {
    const row = timelineRow(
      makeProduct([['ideation', '2025-01-10T09:00:00Z']], {
        planned: [{ stage: 'launch', plannedOn: '2027-02-10' }],
      }),
      [{ id: 'm1', title: 'Kick-off', date: '2024-11-30', done: true }],
      TODAY,
      utcDay,
    );
    expect(visibleRange([row], TODAY, 'quarter')).toEqual({
      start: '2024-07-01',
      end: '2027-07-01',
    });
  });

  it('centres an empty timeline on today', () => {
    expect(visibleRange([], TODAY, 'year')).toEqual({ start: '2025-01-01', end: '2028-01-01' });
  });
});

describe('words', () => {
  it.each([
    [0, 'less than a day'],
    [1, '1 day'],
    [2, '2 days'],
    [59, '59 days'],
    [60, '2 months'],
    [150, '5 months'],
    [365, '12 months'],
    [729, '2 years'],
    [1000, '2 years 9 months'],
    [1125, '3 years 1 month'],
  ])('%i days is "%s"', (days, text) => {
    expect(formatSpanLength(days)).toBe(text);
  });

  it('describes a row: spans with dates and lengths, plans, milestones', () => {
    const row = timelineRow(
      makeProduct(
        [
          ['ideation', '2019-07-01T09:00:00Z'],
          ['development', '2019-07-06T09:00:00Z'],
          ['launch', '2019-12-03T09:00:00Z'],
          ['growth', '2019-12-03T10:00:00Z'],
        ],
        {
          planned: [
            { stage: 'maturity', plannedOn: '2026-01-01' },
            { stage: 'decline', plannedOn: '2030-06-01' },
          ],
        },
      ),
      [
        { id: 'm1', title: 'GA', date: '2026-01-20', done: false },
        { id: 'm2', title: 'v2', date: '2026-05-02', done: false },
      ],
      TODAY,
      utcDay,
    );
    expect(describeRow(row, TODAY, 'en-GB')).toBe(
      'Ideation from 1 Jul 2019 to 6 Jul 2019, 5 days; ' +
        'Development from 6 Jul 2019 to 3 Dec 2019, 5 months; ' +
        'Launch on 3 Dec 2019, left the same day; ' +
        'Growth since 3 Dec 2019, 6 years 3 months so far; ' +
        'Maturity planned for 1 Jan 2026, overdue; ' +
        'Decline planned from 1 Jun 2030. ' +
        '2 milestones: GA, 20 Jan 2026, overdue; v2, 2 May 2026, open.',
    );
  });

  it('says when a row has no dates', () => {
    const row = timelineRow(makeProduct([], { createdAt: '' }), [], TODAY, utcDay);
    expect(describeRow(row, TODAY, 'en-GB')).toBe('No stage dates.');
  });
});
