/**
 * What the app knows about one kind of record, in one place: its schema with every cap, where
 * it lives in the database, what it belongs to, which records it points at, what it is called,
 * how each field is named on screen, and how older data is brought up to date. Table lists,
 * database stores, the plan file's order, integrity checks, merges, copies with fresh ids,
 * deletes and backups are all derived from these definitions (./registry.ts), so a new kind
 * is declared once, in its own file.
 */
import type * as v from 'valibot';
import type { RecordBase } from '../domain/records';

/** A plan-wide record (a persona) or one of a product's own (a backlog item). */
export type Scope = 'plan' | 'product';

/**
 * A field holding the id of another record. A required link (a KPI value's KPI) cannot
 * dangle: the record goes with its target. An optional one (the backlog item a piece of
 * feedback supports) is cleared when its target goes. A list link is a set of ids.
 */
export interface Link<Table extends string = string> {
  field: string;
  target: Table;
  required: boolean;
  list?: boolean;
}

/** A row upgrade: one stored record (or one record of an older file) brought up to date. */
export type RowUpgrade = (row: unknown) => unknown;

export interface Upgrade {
  /** The plan-file version that first holds the new shape; files older than it pass through. */
  fileVersion: number;
  /** The database version whose upgrade rewrites stored rows the same way. */
  databaseVersion: number;
  upgrade: RowUpgrade;
}

/** Fields the registry keeps for itself: identity, ownership and edit times. */
export type BookkeepingField = 'id' | 'planId' | 'createdAt' | 'updatedAt';
export type EditableField<T> = Exclude<keyof T & string, BookkeepingField>;

export interface RecordKind<T extends RecordBase = RecordBase, Table extends string = string> {
  table: Table;
  /** One record, in words: "backlog item". */
  noun: string;
  /** Many records, as a heading or a count: "Backlog items". */
  label: string;
  scope: Scope;
  /** Strict: a field the format does not define is refused. Keys in the order they are written. */
  schema: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** Dexie's index declaration for the table, primary key first. */
  indexes: string;
  /** Links to other records, besides the product a product-scoped record belongs to. */
  links: readonly Link[];
  /** What each field is called on screen, for merge previews and messages. */
  fieldLabels: Readonly<Record<EditableField<T>, string>>;
  /**
   * Fields that only make sense together and so merge as one (a product's stage, its history
   * and its rank within the stage); every other field merges on its own.
   */
  mergeGroups?: readonly (readonly EditableField<T>[])[];
  /** What a record is called in previews and messages: a name, a title, a quote. */
  describe(record: T): string;
  /** Ids that follow from other fields rather than being random (a plan's stage templates). */
  derivedId?(record: T): string;
  /** The plan-file and database versions that first held this kind. */
  since: { fileVersion: number; databaseVersion: number };
  upgrades?: readonly Upgrade[];
}

/**
 * Declares a kind for the record type T. Curried so that T is given and the table name is
 * inferred as its literal, and the schema keeps its own type: `defineKind<BacklogItem>()({ table: 'backlogItems', … })`.
 */
export function defineKind<T extends RecordBase>() {
  return <Table extends string, S extends RecordKind['schema']>(
    kind: RecordKind<T, Table> & { schema: S },
  ): Omit<RecordKind<T, Table>, 'schema'> & { schema: S } => kind;
}

/** true when A and B are the same type; used to tie each schema to its record type. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when the schema's output is exactly T: `const ok: SchemaOf<…> = true`. */
export type SchemaMatches<S extends v.GenericSchema, T> = Same<v.InferOutput<S>, T>;
