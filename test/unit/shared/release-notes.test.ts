import { describe, expect, it } from 'vitest';
import {
  checkReleaseDraft,
  compareReleasesNewestFirst,
  compareVersions,
  firstLine,
  groupShipped,
} from '../../../shared/domain/changelog';
import { releaseNotesFileName, releaseNotesMarkdown } from '../../../shared/domain/release-notes';
import type { BacklogItem, Release } from '../../../shared/domain/workspace';

const AT = '2026-01-01T00:00:00.000Z';

function backlogItem(overrides: Partial<BacklogItem>): BacklogItem {
  return {
    id: 'f',
    planId: 'plan',
    productId: 'p',
    title: 'Item',
    description: '',
    status: 'shipped',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: 'a0',
    horizon: null,
    milestoneId: null,
    releaseId: null,
    shippedOn: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

function release(overrides: Partial<Release>): Release {
  return {
    id: 'r',
    planId: 'plan',
    productId: 'p',
    version: '1.0',
    date: '2026-01-01',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

const product = { name: 'Ledger' };

describe('releaseNotesMarkdown', () => {
  const releases = [
    release({ id: 'r1', version: '1.0', date: '2026-02-01', notes: 'First cut.' }),
    release({ id: 'r2', version: '1.1', date: '2026-03-15', notes: 'Faster.\n\nAlso *safer*.' }),
  ];
  const backlogItems = [
    backlogItem({ id: 'a', title: 'Export', releaseId: 'r1', shippedOn: '2026-01-20' }),
    backlogItem({
      id: 'b',
      title: 'Dark mode',
      description: '\n  Easier on the eyes\nSecond line',
      releaseId: 'r2',
      shippedOn: '2026-03-10',
    }),
    backlogItem({ id: 'c', title: 'Search', releaseId: 'r2', shippedOn: '2026-03-01' }),
    backlogItem({ id: 'd', title: 'Offline', shippedOn: '2026-04-01' }),
    backlogItem({ id: 'e', title: 'Not yet', status: 'in-progress', releaseId: 'r2' }),
    backlogItem({ id: 'g', title: 'Orphan', releaseId: 'gone' }),
  ];

  it('lists unreleased items, then releases newest first with notes and items', () => {
    expect(releaseNotesMarkdown(product, releases, backlogItems)).toBe(
      [
        '# Ledger release notes',
        '',
        '## Unreleased',
        '',
        '- Offline',
        '- Orphan',
        '',
        '## 1.1 — 2026-03-15',
        '',
        'Faster.',
        '',
        'Also \\*safer\\*.',
        '',
        '- Search',
        '- Dark mode — Easier on the eyes',
        '',
        '## 1.0 — 2026-02-01',
        '',
        'First cut.',
        '',
        '- Export',
        '',
      ].join('\n'),
    );
  });

  it('gives the same text whatever order the records come in', () => {
    const once = releaseNotesMarkdown(product, releases, backlogItems);
    expect(
      releaseNotesMarkdown(product, [...releases].reverse(), [...backlogItems].reverse()),
    ).toBe(once);
  });

  it('escapes what users typed so it shows literally', () => {
    const text = releaseNotesMarkdown(
      { name: '# <b>Acme</b>' },
      [release({ id: 'r', version: '2.0 *beta*', notes: '- not a list\n<script>x</script>' })],
      [backlogItem({ title: '[link](http://x)', description: '1. step', releaseId: 'r' })],
    );
    expect(text).toContain('# \\# \\<b\\>Acme\\</b\\> release notes');
    expect(text).toContain('## 2.0 \\*beta\\* — 2026-01-01');
    expect(text).toContain('\\- not a list\\\n\\<script\\>x\\</script\\>');
    expect(text).toContain('- \\[link\\](http://x) — 1. step');
  });

  it('says when nothing has shipped', () => {
    expect(releaseNotesMarkdown(product, [], [backlogItem({ status: 'planned' })])).toBe(
      '# Ledger release notes\n\nNothing has shipped yet.\n',
    );
  });

  it('keeps a release with no items, and has no Unreleased heading when all are released', () => {
    const text = releaseNotesMarkdown(product, [release({ notes: '' })], []);
    expect(text).toBe('# Ledger release notes\n\n## 1.0 — 2026-01-01\n');
  });

  it('suggests a file name after the product', () => {
    expect(releaseNotesFileName(product)).toBe('Ledger release notes');
    const long = releaseNotesFileName({ name: '😀'.repeat(500) });
    // 120 bytes of UTF-8: thirty emoji of four bytes each.
    expect(long).toBe(`${'😀'.repeat(30)} release notes`);
  });
});

describe('changelog rules', () => {
  it.each([
    ['1.9', '1.10', -1],
    ['2.0', '2.0', 0],
    ['v2', 'v10', -1],
    ['2.0-beta', '2.0', 1],
    ['B', 'a', 1],
  ])('compareVersions(%s, %s) has the sign %d', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it('orders releases newest first, then by version on the same day', () => {
    const list = [
      release({ id: '1', date: '2026-01-01', version: '1.0' }),
      release({ id: '2', date: '2026-03-01', version: '1.2' }),
      release({ id: '3', date: '2026-03-01', version: '1.10' }),
    ];
    expect(list.sort(compareReleasesNewestFirst).map((r) => r.id)).toEqual(['3', '2', '1']);
  });

  it.each([
    [{ version: ' 2.1 ', date: '2026-05-01', notes: ' hi ' }, [], { ok: true }],
    [
      { version: '', date: '2026-05-01', notes: '' },
      [],
      { ok: false, errors: { version: 'Give the release a version, like 2.1.' } },
    ],
    [
      { version: '2.1', date: '', notes: '' },
      [],
      { ok: false, errors: { date: 'Choose the day of the release.' } },
    ],
    [
      { version: '2.1', date: '2026-02-30', notes: '' },
      [],
      { ok: false, errors: { date: 'Write the date as YYYY-MM-DD, a day that exists.' } },
    ],
    [
      { version: '2.1', date: '2026-05-01', notes: '' },
      ['1.0', ' 2.1'],
      { ok: false, errors: { version: 'This product already has a release 2.1.' } },
    ],
    [{ version: '2.1', date: '2026-05-01', notes: 'x'.repeat(20_001) }, [], { ok: false }],
  ])('checkReleaseDraft %#', (draft, others, expected) => {
    expect(checkReleaseDraft(draft, others)).toMatchObject(expected);
  });

  it('trims what it keeps', () => {
    expect(checkReleaseDraft({ version: ' 2.1 ', date: '2026-05-01', notes: ' hi ' }, [])).toEqual({
      ok: true,
      value: { version: '2.1', date: '2026-05-01', notes: 'hi' },
    });
  });

  it('groups shipped items by release and leaves unshipped ones out', () => {
    const groups = groupShipped(
      [
        backlogItem({ id: 'a', releaseId: 'r1' }),
        backlogItem({ id: 'b', releaseId: 'r1', status: 'planned' }),
        backlogItem({ id: 'c' }),
      ],
      [release({ id: 'r1' }), release({ id: 'r2' })],
    );
    expect(groups.byRelease.get('r1')?.map((f) => f.id)).toEqual(['a']);
    expect(groups.byRelease.get('r2')).toEqual([]);
    expect(groups.unreleased.map((f) => f.id)).toEqual(['c']);
  });

  it.each([
    ['', ''],
    ['\n\n  Hello \nworld', 'Hello'],
    ['One', 'One'],
  ])('firstLine(%j) is %j', (text, expected) => {
    expect(firstLine(text)).toBe(expected);
  });
});
