import { describe, expect, it } from 'vitest';
import { planFileName } from '../../../renderer/src/platform/download';
import { formatBytes } from '../../../renderer/src/app/StorageUsage';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1.0 KB'],
    [74_321, '74 KB'],
    [3_210_000, '3.2 MB'],
    [12_500_000_000, '13 GB'],
  ])('%i bytes read as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });
});

describe('planFileName', () => {
  it('keeps unicode and drops characters file systems refuse', () => {
    expect(planFileName('Équipe Nord 🚀')).toBe('Équipe Nord 🚀.lcplan');
    expect(planFileName('a/b\\c:d*?"<>|\u0000e')).toBe('a b c d e.lcplan');
    expect(planFileName('   ')).toBe('Untitled.lcplan');
  });
});
