import { describe, expect, it } from 'vitest';
import {
  describeSkipped,
  parseFeedbackPaste,
  stripBullet,
  stripQuotes,
} from '../../../shared/domain/feedback-paste';

/** [customer, quote] pairs of the entries a paste gives. */
const pairs = (text: string, splitCustomer = true) =>
  parseFeedbackPaste(text, { splitCustomer }).entries.map((e) => [e.customer, e.quote]);

describe('parseFeedbackPaste: one entry per line', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain lines',
      'Export is slow\nNeeds SSO',
      [
        ['', 'Export is slow'],
        ['', 'Needs SSO'],
      ],
    ],
    [
      'Windows line ends',
      'One\r\nTwo\rThree',
      [
        ['', 'One'],
        ['', 'Two'],
        ['', 'Three'],
      ],
    ],
    ['"Customer: quote"', 'Acme Corp: We need SSO', [['Acme Corp', 'We need SSO']]],
    ['"Customer — quote"', 'Globex — Exports time out', [['Globex', 'Exports time out']]],
    ['"Customer – quote" (en dash)', 'Globex – Exports time out', [['Globex', 'Exports time out']]],
    ['customer<Tab>quote', 'Initech\tDark mode please', [['Initech', 'Dark mode please']]],
    [
      'a spreadsheet row with more cells',
      'Initech\t"Dark mode"\tplease',
      [['Initech', 'Dark mode please']],
    ],
    ['an empty first cell', '\tNo name given', [['', 'No name given']]],
    ['a quoted quote', 'Acme: “We need SSO”', [['Acme', 'We need SSO']]],
    ['straight quotes', '"Love the new charts"', [['', 'Love the new charts']]],
    ['German quotes', '„Zu langsam“', [['', 'Zu langsam']]],
    ['a lone quote mark cut by the copy', '“Export is slow', [['', 'Export is slow']]],
    ['two quotes side by side stay', '"A" and "B"', [['', '"A" and "B"']]],
    ['a dash bullet', '- Acme: SSO', [['Acme', 'SSO']]],
    ['a star bullet', '* Needs SSO', [['', 'Needs SSO']]],
    ['a round bullet', '• "Needs SSO"', [['', 'Needs SSO']]],
    [
      'a numbered list',
      '1. First\n2) Second',
      [
        ['', 'First'],
        ['', 'Second'],
      ],
    ],
    ['an email quote', '> > Needs SSO', [['', 'Needs SSO']]],
    ['inner spaces in the customer', '  Acme   Corp :  SSO  ', [['Acme Corp', 'SSO']]],
    ['a colon later in the quote', 'Acme: Time: 10 minutes', [['Acme', 'Time: 10 minutes']]],
    ['a URL is not a customer', 'See https://example.com/x', [['', 'See https://example.com/x']]],
    ['a time is not a separator', 'At 10:30 it crashed', [['', 'At 10:30 it crashed']]],
    [
      'a sentence before a colon is not a customer',
      'It crashed. Also: exports fail',
      [['', 'It crashed. Also: exports fail']],
    ],
    [
      'a long lead-in is not a customer',
      'When I open the dashboard on Monday mornings: it is slow',
      [['', 'When I open the dashboard on Monday mornings: it is slow']],
    ],
    ['a negative number is not a bullet', '-5% churn since May', [['', '-5% churn since May']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('keeps "Name: quote" as the quote when told not to split customers', () => {
    expect(pairs('Note: exports fail\nAcme\tSSO', false)).toEqual([
      ['', 'Note: exports fail'],
      ['Acme', 'SSO'],
    ]);
  });

  it('numbers entries by their line in the pasted text', () => {
    const result = parseFeedbackPaste('\n\nOne\n\nTwo\n');
    expect(result.entries.map((e) => e.line)).toEqual([3, 5]);
  });
});

describe('parseFeedbackPaste: skipped lines', () => {
  it('ignores blank lines around the text but reports those inside it', () => {
    const result = parseFeedbackPaste('\n  \nOne\n\n  \t \nTwo\n\n');
    expect(result.entries).toHaveLength(2);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'blank'],
      [5, 'blank'],
    ]);
  });

  it.each([
    ['a bullet with nothing after it', 'One\n- \nTwo', 'blank'],
    ['empty quote marks', 'One\n""\nTwo', 'blank'],
    ['a customer with no quote', 'One\nAcme:\nTwo', 'no-quote'],
    ['a customer and an empty quote', 'One\nAcme: ""\nTwo', 'no-quote'],
    ['a spreadsheet row with no quote', 'One\nAcme\t\nTwo', 'no-quote'],
    ['a quote too long to keep', `One\n${'x'.repeat(20_001)}\nTwo`, 'too-long'],
    ['a customer too long to keep', `One\n${'c'.repeat(201)}\tToo many receipts\nTwo`, 'too-long'],
  ])('skips %s, saying why', (_name, text, reason) => {
    const result = parseFeedbackPaste(text);
    expect(result.entries.map((e) => e.quote)).toEqual(['One', 'Two']);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 2, reason })]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(parseFeedbackPaste('')).toEqual({ entries: [], skipped: [] });
    expect(parseFeedbackPaste(' \n\t\n ')).toEqual({ entries: [], skipped: [] });
  });

  it('keeps the skipped text short for the preview', () => {
    const [skipped] = parseFeedbackPaste(`a\n${'y'.repeat(30_000)}\nb`).skipped;
    expect(skipped?.text.length).toBeLessThanOrEqual(200);
  });
});

describe('describeSkipped', () => {
  it.each([
    [[], ''],
    [[{ line: 3, text: '', reason: 'blank' }], '1 line skipped: 1 blank (line 3).'],
    [
      [
        { line: 2, text: '', reason: 'blank' },
        { line: 4, text: 'Acme:', reason: 'no-quote' },
        { line: 6, text: '', reason: 'blank' },
      ],
      '3 lines skipped: 2 blank (lines 2, 6); 1 names a customer but no quote (line 4).',
    ],
    [
      [1, 2, 3, 4, 5, 6].map((line) => ({ line, text: '', reason: 'no-quote' as const })),
      '6 lines skipped: 6 name a customer but no quote.',
    ],
  ] as const)('%j', (skipped, expected) => {
    expect(describeSkipped(skipped)).toBe(expected);
  });
});

describe('stripBullet and stripQuotes', () => {
  it.each([
    ['- - nested', 'nested'],
    ['10. tenth', 'tenth'],
    ['—  dash', 'dash'],
    ['2024. A year', '2024. A year'],
  ])('stripBullet(%j) → %j', (given, expected) => {
    expect(stripBullet(given)).toBe(expected);
  });

  it.each([
    ['«Bonjour»', 'Bonjour'],
    ["'single'", 'single'],
    ['‘curly’', 'curly'],
    ['the users’ view', 'the users’ view'],
    ['He said "no', 'He said "no'],
  ])('stripQuotes(%j) → %j', (given, expected) => {
    expect(stripQuotes(given)).toBe(expected);
  });
});
