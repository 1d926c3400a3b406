import '../window-storage';
import { describe, expect, it, vi } from 'vitest';
import { perform } from '../../../../renderer/src/commands/perform';
import { QUOTA_MESSAGE } from '../../../../renderer/src/db/errors';
import { useUi } from '../../../../renderer/src/store';

vi.mock('../../../../renderer/src/platform', () => ({ platform: {} }));

describe('perform when the disk is full', () => {
  it('says so plainly, and that nothing was saved', async () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: full,
    });
    expect(await perform('Rename the plan', () => Promise.reject(aborted))).toBe(false);
    expect(useUi.getState().error).toBe(QUOTA_MESSAGE);
  });

  it('keeps the usual message for other failures', async () => {
    await perform('Rename the plan', () => Promise.reject(new Error('It broke.')));
    expect(useUi.getState().error).toBe(
      'Could not rename the plan: It broke. Nothing was changed.',
    );
  });
});
