/**
 * Two PMs with the desktop app share one plan file in a synced folder, on a real disk: each
 * app saves through main's compare-and-swap writes (electron/main/documents/document-file.ts)
 * and the same saveDocument the page runs. A's change reaches the file, B's save merges it in
 * rather than writing over it, and when both changed the same field B sees both values and
 * the file holds B's choice.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  readDocumentFile,
  stampOf,
  writeDocumentFile,
} from '../../../electron/main/documents/document-file';
import {
  saveDocument,
  type DocumentFile,
  type ResolveConflicts,
} from '../../../shared/documents/save-document';
import { fingerprinted } from '../../../shared/plan-file/fingerprint';
import type { MergeChoices, PlanMerge } from '../../../shared/plan-file/merge';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { makePlanFile } from '../plan-file/factories';
import { MemoryStore } from './memory-document';

let dir: string;
let path: string;

/** The file as main reads and writes it for the page. */
function fileOnDisk(at: string): DocumentFile {
  return {
    read: () => readDocumentFile(at),
    write: (parts, expectedStamp) => writeDocumentFile(at, parts, expectedStamp),
  };
}

interface Pm {
  store: MemoryStore;
  stamp: string | null;
  fingerprint: string | null;
}

async function openFile(): Promise<Pm> {
  const read = await readDocumentFile(path);
  if (read.status !== 'read') throw new Error(read.message);
  const parsed = parsePlanText(read.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const store = new MemoryStore(parsed.file);
  const { unbased, fingerprint } = fingerprinted(parsed.file);
  await store.remember({ fingerprint, base: parsed.file.base, parts: unbased });
  return { store, stamp: read.stamp, fingerprint };
}

let clock = Date.parse('2026-06-01T09:00:00.000Z');
function edit(pm: Pm, productId: string, field: 'summary' | 'owner', value: string): void {
  const local = pm.store.local;
  clock += 60_000;
  pm.store.local = buildPlanFile({
    ...local,
    products: local.products.map((p) =>
      p.id === productId ? { ...p, [field]: value, updatedAt: new Date(clock).toISOString() } : p,
    ),
  });
}

async function save(pm: Pm, resolve: ResolveConflicts) {
  const outcome = await saveDocument(pm.store, fileOnDisk(path), pm, resolve);
  if (outcome.status === 'saved') {
    pm.stamp = outcome.stamp;
    pm.fingerprint = outcome.fingerprint;
  }
  return outcome;
}

async function onDisk(): Promise<PlanFile> {
  const parsed = parsePlanText(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.file;
}

const product = (file: PlanFile, id: string) => file.products.find((p) => p.id === id);
const noQuestions: ResolveConflicts = () => {
  throw new Error('no field was changed on both sides; nobody should have been asked');
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shared-folder-'));
  path = join(dir, 'portfolio.lcplan');
  await writeFile(path, serializePlanFile(makePlanFile()));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('two PMs, one plan file on disk', () => {
  test("A edits product X and saves; B edits product Y and saves: B's save merges A's, the file holds both", async () => {
    const a = await openFile();
    const b = await openFile();
    edit(a, 'p-1', 'summary', 'Receipts, scanned by A');
    expect(await save(a, noQuestions)).toMatchObject({ status: 'saved', merged: false });
    edit(b, 'p-2', 'owner', 'Bea (set by B)');
    expect(await save(b, noQuestions)).toMatchObject({ status: 'saved', merged: true });

    const file = await onDisk();
    expect(product(file, 'p-1')?.summary).toBe('Receipts, scanned by A');
    expect(product(file, 'p-2')?.owner).toBe('Bea (set by B)');
    // B's own copy holds both too, and what B wrote is what is on disk.
    expect(product(b.store.local, 'p-1')?.summary).toBe('Receipts, scanned by A');
    expect(b.stamp).toBe(stampOf(await readFile(path, 'utf8')));
  });

  test('both edit the same field: B sees both values, chooses, and the file holds the choice', async () => {
    const a = await openFile();
    const b = await openFile();
    edit(a, 'p-1', 'summary', 'Summary by A');
    await save(a, noQuestions);
    edit(b, 'p-1', 'summary', 'Summary by B');
    edit(b, 'p-2', 'owner', 'Owner by B');

    let shown: PlanMerge | null = null;
    const chooseTheirs = vi.fn<ResolveConflicts>((merge) => {
      shown = merge;
      const choices: MergeChoices = Object.fromEntries(
        merge.diff.flatMap((entry) => entry.fields.map((field) => [field.key, 'incoming'])),
      );
      return Promise.resolve(choices);
    });
    expect(await save(b, chooseTheirs)).toMatchObject({ status: 'saved', merged: true });
    expect(chooseTheirs).toHaveBeenCalledOnce();
    const fields = (shown as PlanMerge | null)?.diff.flatMap((entry) => entry.fields) ?? [];
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ local: 'Summary by B', incoming: 'Summary by A' });

    const file = await onDisk();
    expect(product(file, 'p-1')?.summary).toBe('Summary by A');
    expect(product(file, 'p-2')?.owner).toBe('Owner by B');

    // A saves again: takes in B's owner without a question, and the file still holds both.
    edit(a, 'p-2', 'summary', 'Budgets, later by A');
    expect(await save(a, noQuestions)).toMatchObject({ status: 'saved', merged: true });
    const last = await onDisk();
    expect(product(last, 'p-1')?.summary).toBe('Summary by A');
    expect(product(last, 'p-2')).toMatchObject({
      owner: 'Owner by B',
      summary: 'Budgets, later by A',
    });
  });

  test('B cancels the choice: nothing is written over A’s file', async () => {
    const a = await openFile();
    const b = await openFile();
    edit(a, 'p-1', 'summary', 'Summary by A');
    await save(a, noQuestions);
    const afterA = await readFile(path, 'utf8');
    edit(b, 'p-1', 'summary', 'Summary by B');
    expect(await save(b, () => Promise.resolve(null))).toEqual({ status: 'cancelled' });
    expect(await readFile(path, 'utf8')).toBe(afterA);
  });

  test('a file that vanished is reported, and nothing is written in its place', async () => {
    const a = await openFile();
    edit(a, 'p-1', 'summary', 'Summary by A');
    await rm(path);
    expect(await save(a, noQuestions)).toMatchObject({ status: 'missing' });
    await expect(readFile(path)).rejects.toThrow();
  });
});
