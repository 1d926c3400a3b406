import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeOpenFailure, isQuotaError } from '../../../../renderer/src/db/errors';

const domError = (name: string) => new DOMException('browser says no', name);

describe('isQuotaError', () => {
  it.each([
    ['a DOMException', domError('QuotaExceededError')],
    ["Dexie's own error", new Dexie.QuotaExceededError('full')],
    [
      'an abort whose inner error is the quota',
      new Dexie.AbortError('aborted', domError('QuotaExceededError')),
    ],
    ['a cause', new Error('write failed', { cause: domError('QuotaExceededError') })],
    [
      'a bulk failure',
      Object.assign(new Error('bulk'), { failures: [domError('QuotaExceededError')] }),
    ],
    ["Firefox's name", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
  ])('recognises %s', (_what, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([
    ['another DOMException', domError('ConstraintError')],
    ['a plain error', new Error('QuotaExceededError in the message only')],
    ['a string', 'QuotaExceededError'],
    ['nothing', undefined],
  ])('does not mistake %s for one', (_what, error) => {
    expect(isQuotaError(error)).toBe(false);
  });

  it('survives an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});

describe('describeOpenFailure', () => {
  it.each([
    [domError('QuotaExceededError'), /no room left/],
    [new Dexie.VersionError('too new'), /written by a newer version of the app/],
    [new Dexie.OpenFailedError('x', domError('InvalidStateError')), /browser refused/],
    [domError('UnknownError'), /browser refused/],
    [domError('BlockedError'), /Another window/],
    [new Dexie.UpgradeError('bad'), /Updating the stored plans/],
    [new Error('odd'), /could not open the database.*\(odd\)/],
  ])('explains %s in plain words', (error, words) => {
    expect(describeOpenFailure(error).explanation).toMatch(words);
  });
});
