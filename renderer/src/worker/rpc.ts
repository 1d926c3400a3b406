/**
 * Calling an object that lives in a worker as if it were here, typed by that object's own
 * methods: the page calls `client.call('importAs', mode, name, choices)`, the worker runs the
 * same method of its instance and answers once, by id. The request and the answer are typed
 * by the method's parameters and result, so there is one list of what a worker does (its
 * class) and no message switch to keep in step with it, on either side.
 *
 * A function among the arguments (a progress callback) cannot cross to a worker: it is sent
 * as a marker, and the worker passes a function that posts each report back to the caller.
 * Where a worker cannot start, or dies, the same class runs on the page instead: slower for
 * a large plan, but nothing is lost.
 */

/** The methods of `T` that a worker can answer: they take arguments and return a promise. */
export type RemoteMethod<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

type Method<T, K extends RemoteMethod<T>> = T[K] extends (...args: infer A) => infer R
  ? (...args: A) => R
  : never;

const CALLBACK = { callback: true } as const;

/** A request as it crosses: a method's name and its arguments, callbacks replaced by a marker. */
export interface RpcRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type RpcReply =
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; message: string }
  | { id: number; type: 'progress'; report: unknown };

interface Pending {
  method: string;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

function isCallbackMarker(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'callback' in value;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `method` of `target` with `args`, where `target` is known to have it. */
function invoke(target: object, method: string, args: unknown[]): Promise<unknown> {
  const fn: unknown = Reflect.get(target, method);
  if (typeof fn !== 'function') return Promise.reject(new Error(`No method ${method}.`));
  return Promise.resolve(Reflect.apply(fn, target, args) as unknown);
}

export class WorkerClient<T extends object> {
  private worker: Worker | null = null;
  private local: T | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    startWorker: () => Worker,
    private readonly makeLocal: () => T,
  ) {
    try {
      this.worker = startWorker();
      this.worker.onmessage = (event: MessageEvent<RpcReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.abandonWorker();
      };
    } catch {
      this.worker = null;
    }
  }

  /** Calls `method` in the worker (or on the page without one), typed by `T`'s own method. */
  call<K extends RemoteMethod<T>>(
    method: K,
    ...args: Parameters<Method<T, K>>
  ): ReturnType<Method<T, K>> {
    return this.send(method, args) as ReturnType<Method<T, K>>;
  }

  /** The instance on the page, once one was needed. */
  get onPage(): T | null {
    return this.local;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(method: string, args: unknown[]): Promise<unknown> {
    if (!this.worker) return this.runHere(method, args);
    const id = this.nextId++;
    const crossing = args.map((arg) => (typeof arg === 'function' ? CALLBACK : arg));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, args, resolve, reject });
      this.worker?.postMessage({ id, method, args: crossing } satisfies RpcRequest);
    });
  }

  private runHere(method: string, args: unknown[]): Promise<unknown> {
    this.local ??= this.makeLocal();
    return invoke(this.local, method, args);
  }

  private receive(reply: RpcReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      const callback = pending.args.find((arg) => typeof arg === 'function');
      if (typeof callback === 'function') Reflect.apply(callback, undefined, [reply.report]);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'done') pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  }

  /** The worker is gone: whatever it was doing is done again on the page. */
  private abandonWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.runHere(p.method, p.args).then(p.resolve, p.reject);
  }
}

/** What `serveInWorker` needs of the worker's global scope. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<RpcRequest>) => void) | null;
  postMessage(message: RpcReply): void;
}

/** The worker's side: answers each request by running the method of `target` it names. */
export function serveInWorker(scope: WorkerScope, target: object): void {
  scope.onmessage = (event: MessageEvent<RpcRequest>) => {
    const { id, method, args } = event.data;
    const report = (value: unknown) =>
      scope.postMessage({ id, type: 'progress', report: value } satisfies RpcReply);
    const real = args.map((arg) => (isCallbackMarker(arg) ? report : arg));
    invoke(target, method, real).then(
      (value) => scope.postMessage({ id, type: 'done', value } satisfies RpcReply),
      (error: unknown) =>
        scope.postMessage({ id, type: 'failed', message: message(error) } satisfies RpcReply),
    );
  };
}
