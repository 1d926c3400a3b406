/**
 * A plan file and copies of the app that share it, in memory, for the model test of saving:
 * the file keeps every text ever written and checks that each one parses; each copy of the
 * app keeps its plan and the copies it has shared, as the database does, through the same
 * shared functions (merge, fingerprints, the choice of base).
 */
import type {
  DocumentFile,
  DocumentStore,
  FileRead,
  FileWrite,
} from '../../../shared/documents/save-document';
import { sha256Hex } from '../../../shared/plan-file/fingerprint';
import { mergePlanFiles, type MergeChoices } from '../../../shared/plan-file/merge';
import { parsePlanText } from '../../../shared/plan-file/parse';
import type { PlanFile } from '../../../shared/plan-file/types';
import { fingerprinted } from '../../../shared/plan-file/fingerprint';
import {
  baseCandidates,
  baseToWrite,
  type SharedCopy,
} from '../../../shared/storage/shared-copies';

export class MemoryFile implements DocumentFile {
  text: string | null = null;
  /** Every text the file ever held, in order: each must parse. */
  readonly history: string[] = [];

  constructor(text: string) {
    this.put(text);
  }

  private put(text: string) {
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error(`a file on disk does not parse: ${parsed.problem.message}`);
    this.text = text;
    this.history.push(text);
  }

  get stamp(): string | null {
    return this.text === null ? null : sha256Hex(this.text);
  }

  read(): Promise<FileRead> {
    if (this.text === null) return Promise.resolve({ status: 'missing', message: 'gone' });
    return Promise.resolve({ status: 'read', text: this.text, stamp: this.stamp as string });
  }

  write(parts: readonly string[], expectedStamp: string | null): Promise<FileWrite> {
    if (this.stamp !== expectedStamp) return Promise.resolve({ status: 'changed' });
    this.put(parts.join(''));
    return Promise.resolve({ status: 'saved', stamp: this.stamp as string });
  }
}

export class MemoryStore implements DocumentStore {
  private readonly copies = new Map<string, { copy: SharedCopy; file: PlanFile }>();
  private clock = 0;

  constructor(public local: PlanFile) {}

  private base(incoming: PlanFile, known: string | null): PlanFile | null {
    const { fingerprint } = fingerprinted(incoming);
    for (const candidate of baseCandidates({ fingerprint, base: incoming.base }, known)) {
      const found = this.copies.get(candidate);
      if (found) return found.file;
    }
    return null;
  }

  snapshot(): Promise<PlanFile> {
    return Promise.resolve(this.local);
  }

  previewMerge(incoming: PlanFile, known: string | null) {
    const base = this.base(incoming, known);
    return Promise.resolve(mergePlanFiles(this.local, incoming, { base }));
  }

  async merge(incoming: PlanFile, choices: MergeChoices, known: string | null): Promise<void> {
    const base = this.base(incoming, known);
    this.local = mergePlanFiles(this.local, incoming, { base, choices }).result;
    const { unbased, fingerprint } = fingerprinted(incoming);
    await this.remember({ fingerprint, base: incoming.base, parts: unbased });
  }

  baseToWrite(fingerprint: string): Promise<string | null> {
    const newest = [...this.copies.values()].sort((a, b) => b.copy.at.localeCompare(a.copy.at));
    return Promise.resolve(baseToWrite(newest[0]?.copy, fingerprint));
  }

  remember(shared: { fingerprint: string; base: string | null; parts: readonly string[] }) {
    if (!this.copies.has(shared.fingerprint)) {
      const parsed = parsePlanText(shared.parts.join(''));
      if (!parsed.ok) throw new Error(parsed.problem.message);
      this.clock += 1;
      const copy: SharedCopy = {
        id: shared.fingerprint,
        planId: this.local.plan.id,
        fingerprint: shared.fingerprint,
        base: shared.base,
        at: String(this.clock).padStart(8, '0'),
      };
      this.copies.set(shared.fingerprint, { copy, file: parsed.file });
    }
    return Promise.resolve();
  }
}
