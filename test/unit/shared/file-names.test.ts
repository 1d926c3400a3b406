import { describe, expect, it } from 'vitest';
import { fileNameStem } from '../../../shared/domain/file-names';
import { saveFileRequestSchema } from '../../../shared/ipc/contract';

describe('fileNameStem', () => {
  it.each([
    ['My portfolio', 'My portfolio'],
    ['  Q3 \n plan  ', 'Q3 plan'],
    ['   ', 'Untitled'],
    ['x'.repeat(10_000), 'x'.repeat(120)],
    // An emoji is two UTF-16 units: the cut falls before it, never through it.
    [`${'a'.repeat(119)}🚀`, 'a'.repeat(119)],
  ])('%j → %j', (name, stem) => {
    expect(fileNameStem(name)).toBe(stem);
  });

  it('always fits the save request the host accepts', () => {
    const request = { kind: 'plan', suggestedName: fileNameStem('é'.repeat(10_000)), contents: '' };
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true);
  });
});
