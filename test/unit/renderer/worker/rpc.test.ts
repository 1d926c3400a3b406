import { describe, expect, it } from 'vitest';
import {
  serveInWorker,
  WorkerClient,
  type RpcReply,
  type RpcRequest,
} from '../../../../renderer/src/worker/rpc';

/** What a worker does, as a class: the client is typed by these methods. */
class Counter {
  calls = 0;
  async add(a: number, b: number): Promise<number> {
    this.calls += 1;
    return a + b;
  }
  async count(to: number, report: (n: number) => void): Promise<string> {
    for (let n = 1; n <= to; n += 1) report(n);
    return 'counted';
  }
  async fail(): Promise<never> {
    throw new Error('the plan is damaged');
  }
}

/**
 * A worker made of a MessageChannel (Node has no Worker): each side sees only structured
 * clones, as across a real worker, and the far side is served by the real serveInWorker.
 */
function channelWorker(target: object) {
  const { port1, port2 } = new MessageChannel();
  const scope = {
    onmessage: null as ((event: MessageEvent<RpcRequest>) => void) | null,
    postMessage: (message: RpcReply) => port2.postMessage(message),
  };
  port2.onmessage = (event) => scope.onmessage?.(event as MessageEvent<RpcRequest>);
  serveInWorker(scope, target);
  const worker = {
    onmessage: null as ((event: MessageEvent<RpcReply>) => void) | null,
    onerror: null as ((event: { preventDefault(): void }) => void) | null,
    postMessage: (message: RpcRequest) => port1.postMessage(message),
    terminate: () => {
      port1.close();
      port2.close();
    },
    die: () => worker.onerror?.({ preventDefault: () => undefined }),
  };
  port1.onmessage = (event) => worker.onmessage?.(event as MessageEvent<RpcReply>);
  return worker;
}

describe('a worker called through its class', () => {
  it('runs the method there and answers with its result', async () => {
    const remote = new Counter();
    const client = new WorkerClient<Counter>(
      () => channelWorker(remote) as unknown as Worker,
      () => new Counter(),
    );
    await expect(client.call('add', 2, 3)).resolves.toBe(5);
    expect(remote.calls).toBe(1);
    expect(client.onPage).toBeNull();
    client.dispose();
  });

  it('passes each progress report to the caller’s callback', async () => {
    const client = new WorkerClient<Counter>(
      () => channelWorker(new Counter()) as unknown as Worker,
      () => new Counter(),
    );
    const reports: number[] = [];
    await expect(client.call('count', 3, (n) => reports.push(n))).resolves.toBe('counted');
    expect(reports).toEqual([1, 2, 3]);
    client.dispose();
  });

  it('rejects with the worker’s message when the method fails', async () => {
    const client = new WorkerClient<Counter>(
      () => channelWorker(new Counter()) as unknown as Worker,
      () => new Counter(),
    );
    await expect(client.call('fail')).rejects.toThrow('the plan is damaged');
    client.dispose();
  });

  it('runs on the page when no worker can start', async () => {
    const client = new WorkerClient<Counter>(
      () => {
        throw new Error('module workers are refused here');
      },
      () => new Counter(),
    );
    await expect(client.call('add', 1, 1)).resolves.toBe(2);
    expect(client.onPage?.calls).toBe(1);
  });

  it('does again on the page what a worker that died had not answered', async () => {
    const started: ReturnType<typeof channelWorker>[] = [];
    // A worker that never answers: its target's method waits for ever.
    const stuck = { add: () => new Promise<number>(() => undefined) };
    const client = new WorkerClient<Counter>(
      () => {
        const worker = channelWorker(stuck);
        started.push(worker);
        return worker as unknown as Worker;
      },
      () => new Counter(),
    );
    const answer = client.call('add', 20, 22);
    await new Promise((resolve) => setTimeout(resolve, 10));
    started[0]?.die();
    await expect(answer).resolves.toBe(42);
    expect(client.onPage?.calls).toBe(1);
  });
});
