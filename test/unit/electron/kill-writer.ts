/**
 * Crash tests' harness: runs a Node script that writes in a loop, waits for it to say it is
 * ready, lets it write for up to 60 ms, then kills it with SIGKILL, as a crash or power cut
 * would stop the app mid-write.
 */
import { spawn } from 'node:child_process';

export async function runWriterUntilKilled(script: string, args: readonly string[]): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
  child.kill('SIGKILL');
  await exited;
}
