import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fileNameStem } from '../../../shared/domain/file-names';
import { saveFileRequestSchema } from '../../../shared/ipc/contract';

describe('fileNameStem', () => {
  it.each([
    ['My portfolio', 'My portfolio'],
    ['  Q3 \n plan  ', 'Q3 plan'],
    ['   ', 'Untitled'],
    ['x'.repeat(10_000), 'x'.repeat(120)],
    // An emoji is four bytes of UTF-8: the cut falls before it, never through it.
    [`${'a'.repeat(119)}🚀`, 'a'.repeat(119)],
    // Forty CJK characters are 120 bytes, the most any file system's 255 would need twice.
    ['計'.repeat(100), '計'.repeat(40)],
    ['a/b\\c:d*?"<>|\u0000e', 'a b c d e'],
    ['../../etc/passwd', 'etc passwd'],
    ['...', 'Untitled'],
    ['report. . .', 'report'],
    ['CON', 'CON plan'],
    ['nul.txt', 'nul.txt plan'],
  ])('%j → %j', (name, stem) => {
    expect(fileNameStem(name)).toBe(stem);
  });

  it('always fits the save request the host accepts', () => {
    const request = { kind: 'plan', suggestedName: fileNameStem('é'.repeat(10_000)), contents: '' };
    expect(v.safeParse(saveFileRequestSchema, request).success).toBe(true);
  });
});
