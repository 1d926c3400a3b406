/**
 * A live reading that can start before the view showing it draws. Dexie's live queries first
 * ask the database in a timer after they are subscribed, that is once the view has drawn, and
 * switching from a large board to the roadmap draws for tens of milliseconds and then waits
 * for a frame first. Started as the switch is asked for, the database reads while the window
 * draws. It reads again after every committed write to the tables it reads (here or in another
 * window); one reading per database and key serves every view that shows it.
 */
import Dexie, { type Subscription } from 'dexie';
import { watchTables } from './search-source';

/** How long a reading started ahead, or left by its last view, stays live for the next one. */
export const KEEP_LIVE_MS = 2_000;

/** What dexie-react-hooks' useObservable takes; it reads the value at hand without waiting. */
export interface SharedReading<T> {
  subscribe(onNext: (value: T) => void, onError?: (error: unknown) => void): Subscription;
  hasValue(): boolean;
  getValue(): T;
}

interface Listener<T> {
  next: (value: T) => void;
  error?: (error: unknown) => void;
}

/**
 * Whether a committed write changed a row of a watched table: a write names every table of
 * its transaction, most with no key changed.
 */
const anyChanged = (changed: ReadonlyMap<string, readonly string[] | 'all'>) =>
  [...changed.values()].some((keys) => keys === 'all' || keys.length > 0);

const isClosing = (error: unknown) =>
  error instanceof Error && (error.name === 'DatabaseClosedError' || error.name === 'AbortError');

class Reading<T> implements SharedReading<T> {
  private stopWatching: (() => void) | null = null;
  private readonly listeners = new Set<Listener<T>>();
  private last: { value: T } | { error: unknown } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Readings asked for, and the latest one whose answer was passed on. */
  private asked = 0;
  private answered = 0;

  constructor(
    private readonly query: () => Promise<T>,
    /** Calls back after each committed write to the tables read; returns how to stop. */
    private readonly watch: (changed: () => void) => () => void,
    private readonly forget: () => void,
  ) {}

  /** Reads now; unless a view listens within KEEP_LIVE_MS, stops again. */
  start(): void {
    this.live();
    this.stopLater();
  }

  subscribe(next: (value: T) => void, error?: (error: unknown) => void): Subscription {
    const listener: Listener<T> = { next, error };
    this.listeners.add(listener);
    this.live();
    if (this.last && 'value' in this.last) next(this.last.value);
    else if (this.last) error?.(this.last.error);
    let closed = false;
    return {
      get closed() {
        return closed;
      },
      unsubscribe: () => {
        if (closed) return;
        closed = true;
        this.listeners.delete(listener);
        if (this.listeners.size === 0) this.stopLater();
      },
    };
  }

  hasValue(): boolean {
    return this.last !== null && 'value' in this.last;
  }

  getValue(): T {
    if (!this.last || !('value' in this.last)) throw new Error('nothing read yet');
    return this.last.value;
  }

  private live(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopWatching) return;
    this.stopWatching = this.watch(() => this.read());
    this.read();
  }

  /**
   * Reads afresh. Answers may come back out of order; one older than an answer already passed
   * on is dropped, so what the view shows only ever moves forward.
   */
  private read(): void {
    const reading = (this.asked += 1);
    const settle = (last: { value: T } | { error: unknown }) => {
      if (!this.stopWatching || reading <= this.answered) return;
      this.answered = reading;
      this.last = last;
      for (const { next, error } of [...this.listeners]) {
        if ('value' in last) next(last.value);
        else error?.(last.error);
      }
    };
    // Outside any transaction the write that was just heard may still be running in.
    Dexie.ignoreTransaction(() => this.query()).then(
      (value) => settle({ value }),
      (error: unknown) => {
        // As Dexie's live queries do: a database closing (the window replacing it, a restore)
        // is no failure of the view; it reads again once written to.
        if (!isClosing(error)) settle({ error });
      },
    );
  }

  private stopLater(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.listeners.size > 0) return;
      this.stopWatching?.();
      this.stopWatching = null;
      // Answers still on their way are dropped.
      this.answered = this.asked;
      // A later view reads afresh rather than being shown what was read before it.
      this.last = null;
      this.forget();
    }, KEEP_LIVE_MS);
  }
}

/**
 * Live readings of `read` for a database and a key (a plan's id), shared and startable early.
 * `tables` are every table `read` may read: a write to any of them reads again.
 */
export function earlyLiveQuery<Db extends Dexie, T>(
  tables: readonly string[],
  read: (db: Db, key: string) => Promise<T>,
) {
  const readings = new WeakMap<Db, Map<string, Reading<T>>>();
  const readingOf = (db: Db, key: string): Reading<T> => {
    let byKey = readings.get(db);
    if (!byKey) readings.set(db, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return known;
    const made: Reading<T> = new Reading(
      () => read(db, key),
      (changed) =>
        watchTables(db, tables, (keys) => {
          if (anyChanged(keys)) changed();
        }),
      () => {
        if (byKey.get(key) === made) byKey.delete(key);
      },
    );
    byKey.set(key, made);
    return made;
  };
  return {
    /** Starts reading `key` ahead of the view that will show it. */
    start: (db: Db, key: string): void => readingOf(db, key).start(),
    /** The shared reading of `key`, for useObservable. */
    of: (db: Db, key: string): SharedReading<T> => readingOf(db, key),
  };
}
