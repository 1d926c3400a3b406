import { describe, expect, it } from 'vitest';
import {
  checkMilestoneTitle,
  compareMilestones,
  countMilestones,
  describeDue,
  isOverdue,
  nextMilestone,
  sortMilestones,
} from '../../../shared/domain/milestones';

const milestone = (id: string, date: string, title = id, done = false) => ({
  id,
  date,
  title,
  done,
});
const TODAY = '2026-05-10';

describe('sortMilestones', () => {
  it.each([
    {
      name: 'by date first',
      list: [
        milestone('c', '2026-06-01'),
        milestone('a', '2026-04-01'),
        milestone('b', '2026-05-01'),
      ],
      expected: ['a', 'b', 'c'],
    },
    {
      name: 'then by title, ignoring case and reading numbers as numbers',
      list: [
        milestone('1', '2026-06-01', 'beta 10'),
        milestone('2', '2026-06-01', 'Beta 2'),
        milestone('3', '2026-06-01', 'alpha'),
      ],
      expected: ['3', '2', '1'],
    },
    {
      name: 'then by id, so equal milestones keep one order',
      list: [milestone('y', '2026-06-01', 'Launch'), milestone('x', '2026-06-01', 'launch')],
      expected: ['x', 'y'],
    },
  ])('orders $name', ({ list, expected }) => {
    expect(sortMilestones(list).map((m) => m.id)).toEqual(expected);
    expect(sortMilestones([...list].reverse()).map((m) => m.id)).toEqual(expected);
  });

  it('puts done milestones after open ones when asked, each group by date', () => {
    const list = [
      milestone('done-early', '2026-01-01', 'x', true),
      milestone('open-late', '2026-09-01'),
      milestone('open-early', '2026-02-01'),
      milestone('done-late', '2026-08-01', 'x', true),
    ];
    expect(sortMilestones(list, { doneLast: true }).map((m) => m.id)).toEqual([
      'open-early',
      'open-late',
      'done-early',
      'done-late',
    ]);
    expect(sortMilestones(list).map((m) => m.id)).toEqual([
      'done-early',
      'open-early',
      'done-late',
      'open-late',
    ]);
  });

  it('returns a copy and leaves the list as it was', () => {
    const list = [milestone('b', '2026-02-01'), milestone('a', '2026-01-01')];
    sortMilestones(list);
    expect(list.map((m) => m.id)).toEqual(['b', 'a']);
    const [first] = list;
    if (first) expect(compareMilestones(first, first)).toBe(0);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2026-05-09', false, true],
    ['2026-05-10', false, false],
    ['2026-05-11', false, false],
    ['2026-01-01', true, false],
  ])('due %s, done %s → overdue %s', (date, done, expected) => {
    expect(isOverdue({ date, done }, TODAY)).toBe(expected);
  });
});

describe('nextMilestone', () => {
  it('is null without open milestones', () => {
    expect(nextMilestone([], TODAY)).toBeNull();
    expect(nextMilestone([milestone('a', '2026-06-01', 'a', true)], TODAY)).toBeNull();
  });

  it('is the earliest open milestone ahead', () => {
    const next = nextMilestone(
      [
        milestone('later', '2026-06-01'),
        milestone('soon', '2026-05-12'),
        milestone('done', '2026-05-11', 'd', true),
      ],
      TODAY,
    );
    expect(next).toEqual({
      milestone: expect.objectContaining({ id: 'soon' }),
      days: 2,
      overdue: false,
    });
  });

  it('is one due today, not yet overdue', () => {
    expect(nextMilestone([milestone('today', TODAY)], TODAY)).toMatchObject({
      days: 0,
      overdue: false,
    });
  });

  it('flags the most overdue open milestone before any ahead of it', () => {
    const next = nextMilestone(
      [
        milestone('ahead', '2026-05-20'),
        milestone('late', '2026-05-07'),
        milestone('later', '2026-05-01'),
      ],
      TODAY,
    );
    expect(next).toMatchObject({ milestone: { id: 'later' }, days: -9, overdue: true });
  });
});

describe('describeDue', () => {
  it.each([
    ['2026-05-10', 'Due today'],
    ['2026-05-11', 'Due tomorrow'],
    ['2026-05-15', 'In 5 days'],
    ['2027-05-10', 'In 365 days'],
    ['2026-05-09', '1 day overdue'],
    ['2026-04-30', '10 days overdue'],
    ['2023-05-10', '1,096 days overdue'],
  ])('%s is %j', (date, words) => {
    expect(describeDue(date, TODAY)).toBe(words);
  });
});

describe('countMilestones', () => {
  it('counts open, done and overdue', () => {
    const list = [
      milestone('a', '2026-05-01'),
      milestone('b', '2026-05-01', 'b', true),
      milestone('c', '2026-05-10'),
      milestone('d', '2026-06-10'),
    ];
    expect(countMilestones(list, TODAY)).toEqual({ open: 3, done: 1, overdue: 1 });
  });
});

describe('checkMilestoneTitle', () => {
  it('needs a title and tidies its spaces', () => {
    expect(checkMilestoneTitle(' \n ')).toEqual({
      ok: false,
      message: 'Give the milestone a title.',
    });
    expect(checkMilestoneTitle('  Beta   launch ')).toEqual({ ok: true, value: 'Beta launch' });
  });

  it('refuses an endless title, saying the limit', () => {
    const result = checkMilestoneTitle('x'.repeat(10_001));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('10,000');
  });
});
