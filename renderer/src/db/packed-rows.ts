/**
 * Rows kept from other tables, stored a few records per plan instead of a record per owner.
 * Chromium reads small IndexedDB records at about 45 ms a megabyte and a large one (stored
 * apart, as a file) at about 10: a large plan's 5,000 roadmap rows of 2 KB took 410–570 ms to
 * read here, the same 10 MB in 16 records 105 ms. A row's owner (its product, its KPI) picks
 * its pack by a hash of its id, so a change rewrites one pack of the plan, not all of them.
 */
import type { EntityTable } from 'dexie';

/** Packs per plan: few enough to read fast, enough that an edit rewrites a sixteenth. */
export const PACKS_PER_PLAN = 16;

export interface Pack {
  /** `${planId}/${bucket}`. */
  id: string;
  planId: string;
  /** Owner id → the row as stored by its table's codec. */
  rows: Record<string, string>;
}

/** An owner of a row, with the plan its pack belongs to. */
export interface OwnerKey {
  planId: string;
  owner: string;
}

/** How a table's rows are stored in packs: each row as one string under its owner. */
export interface PackCodec<Row> {
  keyOf(row: Row): OwnerKey;
  encode(row: Row): string;
  /**
   * The row of `key` from its stored string. It may throw `UnreadableRow` (or decide for
   * itself what a string it cannot read stands for).
   */
  decode(key: OwnerKey, stored: string): Row;
  /**
   * A row standing in for one whose pack could not be read: revising it must make the row
   * again from its sources, never build on it.
   */
  unreadable(key: OwnerKey): Row;
}

/** A stored row its codec cannot read: its pack counts as one that cannot be read. */
export class UnreadableRow extends Error {}

/** FNV-1a over the id's UTF-16 code units: stable across runs and machines. */
export function bucketOf(owner: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < owner.length; i += 1) {
    hash ^= owner.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PACKS_PER_PLAN;
}

export const packIdOf = (key: OwnerKey): string => `${key.planId}/${bucketOf(key.owner)}`;

/** A stored pack as the database gave it, checked before any row of it is trusted. */
export function isPack(value: unknown): value is Pack {
  if (typeof value !== 'object' || value === null) return false;
  const { id, planId, rows } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof planId !== 'string') return false;
  if (typeof rows !== 'object' || rows === null || Array.isArray(rows)) return false;
  return Object.values(rows).every((row) => typeof row === 'string');
}

/** Packs holding `rows` (every row of some plans), for a rebuild of the table. */
export function packsOf<Row>(rows: readonly Row[], codec: PackCodec<Row>): Pack[] {
  const packs = new Map<string, { planId: string; rows: Map<string, string> }>();
  for (const row of rows) {
    const key = codec.keyOf(row);
    const id = packIdOf(key);
    let pack = packs.get(id);
    if (!pack) packs.set(id, (pack = { planId: key.planId, rows: new Map() }));
    pack.rows.set(key.owner, codec.encode(row));
  }
  return [...packs].map(([id, { planId, rows: owned }]) => ({ id, planId, rows: rowsOf(owned) }));
}

/**
 * The rows as a pack stores them. Made as own properties, so an owner's id that names
 * something of every object ("__proto__", "toString") is a row like any other.
 */
const rowsOf = (rows: Map<string, string>): Record<string, string> => Object.fromEntries(rows);

const UNREADABLE = Symbol('unreadable');

function decoded<Row>(codec: PackCodec<Row>, key: OwnerKey, stored: string) {
  try {
    return codec.decode(key, stored);
  } catch (error) {
    if (error instanceof UnreadableRow) return UNREADABLE;
    throw error;
  }
}

/** The rows stored for one plan, or null when one of its packs cannot be read. */
export async function readPackedRows<Row>(
  table: EntityTable<Pack, 'id'>,
  planId: string,
  codec: PackCodec<Row>,
): Promise<Row[] | null> {
  const packs: unknown[] = await table.where('planId').equals(planId).toArray();
  const rows: Row[] = [];
  for (const pack of packs) {
    if (!isPack(pack)) return null;
    for (const [owner, stored] of Object.entries(pack.rows)) {
      const row = decoded(codec, { planId, owner }, stored);
      if (row === UNREADABLE) return null;
      rows.push(row);
    }
  }
  return rows;
}

/** Reads and rewrites packs for the keeper of derived rows (./derived-rows.ts). */
export class PackedRowStore<Row> {
  constructor(
    private readonly table: EntityTable<Pack, 'id'>,
    private readonly codec: PackCodec<Row>,
    /** Every row of the plan made from its sources: for a pack that cannot be read. */
    private readonly remake: (planId: string) => Promise<Row[]>,
  ) {}

  async bulkGet(keys: readonly OwnerKey[]): Promise<(Row | undefined)[]> {
    const packs = await this.packs(keys);
    return keys.map((key) => {
      const pack = packs.get(packIdOf(key));
      if (pack === null) return this.codec.unreadable(key);
      if (!pack || !Object.hasOwn(pack.rows, key.owner)) return undefined;
      const stored = pack.rows[key.owner] ?? '';
      const row = decoded(this.codec, key, stored);
      return row === UNREADABLE ? this.codec.unreadable(key) : row;
    });
  }

  /** Puts `kept` and removes the rows of `dropped`, rewriting only the packs they are in. */
  async write(kept: readonly Row[], dropped: readonly OwnerKey[]): Promise<void> {
    const keys = [...dropped, ...kept.map((row) => this.codec.keyOf(row))];
    if (keys.length === 0) return;
    const packs = await this.packs(keys);
    const unreadable = new Set<string>();
    for (const [id, pack] of packs) if (pack === null) unreadable.add(id);
    // Each pack written, as its owners' rows by owner id.
    const touched = new Map<string, { planId: string; rows: Map<string, string> }>();
    const edit = (key: OwnerKey) => {
      const id = packIdOf(key);
      let pack = touched.get(id);
      if (!pack) {
        const stored = packs.get(id);
        pack = { planId: key.planId, rows: new Map(Object.entries(stored?.rows ?? {})) };
        touched.set(id, pack);
      }
      return pack.rows;
    };
    for (const key of dropped) edit(key).delete(key.owner);
    for (const row of kept) {
      const key = this.codec.keyOf(row);
      edit(key).set(key.owner, this.codec.encode(row));
    }
    // A pack that could not be read is made again whole, from the plan's sources.
    for (const planId of new Set([...unreadable].map((id) => touched.get(id)?.planId))) {
      if (planId === undefined) continue;
      for (const row of await this.remake(planId)) {
        const key = this.codec.keyOf(row);
        if (unreadable.has(packIdOf(key))) edit(key).set(key.owner, this.codec.encode(row));
      }
    }
    const written = [...touched].map(([id, { planId, rows }]) => ({
      id,
      planId,
      rows: rowsOf(rows),
    }));
    // A pack whose last row went is removed, not left empty.
    const empty = written.filter((pack) => Object.keys(pack.rows).length === 0);
    await this.table.bulkDelete(empty.map((pack) => pack.id));
    await this.table.bulkPut(written.filter((pack) => !empty.includes(pack)));
  }

  /** The packs holding `keys`, by id: undefined when there is none, null when unreadable. */
  private async packs(keys: readonly OwnerKey[]): Promise<Map<string, Pack | null | undefined>> {
    const ids = [...new Set(keys.map(packIdOf))];
    const stored: unknown[] = await this.table.bulkGet(ids);
    return new Map(
      ids.map((id, i) => {
        const pack = stored[i];
        return [id, pack === undefined ? undefined : isPack(pack) ? pack : null];
      }),
    );
  }
}
