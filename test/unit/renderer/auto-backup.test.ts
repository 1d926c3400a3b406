import { describe, expect, it } from 'vitest';
import { AutoBackup, IDLE_MS, MAX_WAIT_MS } from '../../../renderer/src/backups/auto-backup';
import type { WriteBackupRequest } from '../../../shared/ipc/contract';

/** A clock and timers the test moves by hand. */
function harness(options: { failWrites?: boolean } = {}) {
  let now = 0;
  let timer: { at: number; run: () => void } | null = null;
  const written: WriteBackupRequest[] = [];
  const errors: string[] = [];
  const backup = new AutoBackup({
    snapshot: async (planId) =>
      planId === 'gone'
        ? null
        : { planId, planName: `Plan ${planId}`, products: 1, contents: `{${planId}}` },
    write: async (request) => {
      if (options.failWrites)
        return { status: 'error', message: 'the disk is full. Earlier backups are kept.' };
      written.push(request);
      return { status: 'saved', id: `b${written.length}` };
    },
    onError: (message) => errors.push(message),
    setTimer: (run, ms) => (timer = { at: now + ms, run }),
    clearTimer: () => (timer = null),
    now: () => now,
  });
  async function advance(ms: number) {
    now += ms;
    if (timer && timer.at <= now) {
      const due = timer;
      timer = null;
      due.run();
      await backup.flush();
    }
  }
  return { backup, written, errors, advance };
}

describe('automatic backups', () => {
  it('writes a changed plan once editing has paused, once per burst of edits', async () => {
    const { backup, written, advance } = harness();
    backup.noteChange('a');
    await advance(IDLE_MS / 2);
    backup.noteChange('a');
    await advance(IDLE_MS / 2);
    expect(written).toEqual([]);
    await advance(IDLE_MS / 2);
    expect(written.map((w) => w.planId)).toEqual(['a']);
    await advance(IDLE_MS * 3);
    expect(written).toHaveLength(1);
  });

  it('does not wait longer than the maximum while edits keep coming', async () => {
    const { backup, written, advance } = harness();
    for (let t = 0; t < MAX_WAIT_MS; t += IDLE_MS / 2) {
      backup.noteChange('a');
      await advance(IDLE_MS / 2);
    }
    expect(written.length).toBeGreaterThanOrEqual(1);
  });

  it('writes every changed plan when the host asks, and skips plans that are gone', async () => {
    const { backup, written } = harness();
    backup.noteChange('a');
    backup.noteChange('b');
    backup.noteChange('gone');
    await backup.flush();
    expect(written.map((w) => w.planId).sort()).toEqual(['a', 'b']);
    expect(backup.pending).toEqual([]);
  });

  it('says so when a backup cannot be written', async () => {
    const { backup, errors } = harness({ failWrites: true });
    backup.noteChange('a');
    await backup.flush();
    expect(errors).toEqual([
      'The automatic backup of “Plan a” failed: the disk is full. Earlier backups are kept.',
    ]);
  });

  it('backs up in one step off the page where the host can, and reports its failure', async () => {
    const asked: string[] = [];
    const errors: string[] = [];
    const backup = new AutoBackup({
      snapshot: () => Promise.reject(new Error('the page must not serialize the plan')),
      write: () => Promise.reject(new Error('the page must not write the backup')),
      backUp: async (planId) => {
        asked.push(planId);
        return {
          planName: `Plan ${planId}`,
          result: { status: 'error', message: 'the quota is used up.' },
        };
      },
      onError: (message) => errors.push(message),
      setTimer: () => null,
      clearTimer: () => undefined,
      now: () => 0,
    });
    backup.noteChange('a');
    await backup.flush();
    expect(asked).toEqual(['a']);
    expect(errors).toEqual(['The automatic backup of “Plan a” failed: the quota is used up.']);
  });
});
