/**
 * Crash tests' harness: runs a Node script that writes in a loop, waits for it to print
 * `lines` lines (that it is ready, then one line per write done), then kills it with SIGKILL
 * at a random moment, as a crash or power cut would stop the app mid-write. With one line,
 * the writer gets up to 60 ms; with more, up to the time its last write took, so that on a
 * busy machine the kill still lands anywhere in a write rather than always in its first steps.
 */
import { spawn } from 'node:child_process';

export async function runWriterUntilKilled(
  script: string,
  args: readonly string[],
  lines = 1,
): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const window = await new Promise<number>((resolve, reject) => {
    const stamps: number[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      for (const char of chunk.toString('utf8')) if (char === '\n') stamps.push(now);
      if (stamps.length < lines) return;
      const [before, last] = stamps.slice(-2);
      resolve(lines > 1 && before !== undefined && last !== undefined ? last - before : 60);
    });
    child.once('error', reject);
    child.once('exit', () =>
      reject(new Error(`the writer ended after ${String(stamps.length)} lines`)),
    );
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * window));
  child.kill('SIGKILL');
  await exited;
}
