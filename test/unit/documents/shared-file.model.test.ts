/**
 * Two or three copies of the app bound to one plan file (a shared folder), each editing its
 * own copy and saving in a random order, with autosaves and saves racing: 200 interleavings.
 * Every file the disk ever holds parses; an edit of a field only one copy touched is never
 * lost; every copy's own edits survive its saves; and after everyone saves twice more, all
 * copies hold the plan the file holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveDocument, type ResolveConflicts } from '../../../shared/documents/save-document';
import { fingerprinted } from '../../../shared/plan-file/fingerprint';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { makePlanFile } from '../plan-file/factories';
import { MemoryFile, MemoryStore } from './memory-document';

type Field = 'summary' | 'owner';
type Step =
  | { kind: 'edit'; writer: number; product: number; field: Field }
  | { kind: 'add'; writer: number }
  | { kind: 'save'; writer: number };

/** Every conflict takes its default: what an autosave does when nobody is there to choose. */
const byDefault: ResolveConflicts = (merge) =>
  Promise.resolve(
    Object.fromEntries(
      merge.diff.flatMap((entry) => [
        ...entry.fields.map((f) => [f.key, f.byDefault] as const),
        ...(entry.presence ? [[entry.presence.key, entry.presence.byDefault] as const] : []),
      ]),
    ),
  );

function steps(writers: number) {
  const writer = fc.nat(writers - 1);
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      writer,
      product: fc.nat(1),
      field: fc.constantFrom<Field>('summary', 'owner'),
    }),
    fc.record({ kind: fc.constant('add' as const), writer }),
    fc.record({ kind: fc.constant('save' as const), writer }),
  );
  return fc.array(step, { minLength: 1, maxLength: 24 });
}

interface Writer {
  store: MemoryStore;
  stamp: string | null;
  fingerprint: string | null;
}

async function run(writers: number, plan: Step[]) {
  const start = makePlanFile();
  const file = new MemoryFile(serializePlanFile(start));
  const copies: Writer[] = Array.from({ length: writers }, () => ({
    store: new MemoryStore(start),
    stamp: file.stamp,
    fingerprint: fingerprinted(start).fingerprint,
  }));
  // Each copy opened the file: it is the first copy they share.
  const opened = fingerprinted(start);
  for (const copy of copies) {
    await copy.store.remember({
      fingerprint: opened.fingerprint,
      base: null,
      parts: opened.unbased,
    });
  }
  // Who last set each field, and to what: the value only one writer wrote must survive.
  const authors = new Map<string, Set<number>>();
  const last = new Map<string, string>();
  let clock = Date.parse('2026-06-01T00:00:00.000Z');
  const stampNow = () => new Date((clock += 1000)).toISOString();
  const save = async (w: number) => {
    const copy = copies[w] as Writer;
    const outcome = await saveDocument(copy.store, file, copy, byDefault);
    expect(outcome.status).toBe('saved');
    if (outcome.status === 'saved') {
      copy.stamp = outcome.stamp;
      copy.fingerprint = outcome.fingerprint;
    }
  };
  let added = 0;
  for (const step of plan) {
    const copy = copies[step.writer] as Writer;
    const local = copy.store.local;
    if (step.kind === 'save') await save(step.writer);
    else if (step.kind === 'add') {
      added += 1;
      const id = `new-${step.writer}-${added}`;
      const template = local.products[0] as PlanFile['products'][number];
      const at = stampNow();
      copy.store.local = buildPlanFile({
        ...local,
        products: [...local.products, { ...template, id, name: id, createdAt: at, updatedAt: at }],
      });
      last.set(`${id}.name`, id);
      authors.set(`${id}.name`, new Set([step.writer]));
    } else {
      const target = local.products[step.product];
      if (!target) continue;
      const value = `${step.field} by ${step.writer} at ${clock}`;
      const key = `${target.id}.${step.field}`;
      copy.store.local = buildPlanFile({
        ...local,
        products: local.products.map((p) =>
          p.id === target.id ? { ...p, [step.field]: value, updatedAt: stampNow() } : p,
        ),
      });
      last.set(`${key}@${step.writer}`, value);
      authors.set(key, new Set([...(authors.get(key) ?? []), step.writer]));
    }
  }
  // Everyone saves twice more: the first round brings every edit to the file, the second
  // brings the file back to everyone.
  for (let round = 0; round < 2; round += 1) {
    for (let w = 0; w < writers; w += 1) await save(w);
  }
  return { file, copies, authors, last };
}

function fieldOf(file: PlanFile, key: string): unknown {
  const [id, field] = key.split('.') as [string, string];
  const product = file.products.find((p) => p.id === id) as Record<string, unknown> | undefined;
  return product?.[field];
}

describe('copies of the app sharing one plan file', () => {
  it.each([2, 3])('%i writers: no edit the merge keeps is lost, and all end alike', async (n) => {
    await fc.assert(
      fc.asyncProperty(steps(n), async (plan) => {
        const { file, copies, authors, last } = await run(n, plan);
        const parsed = parsePlanText(file.text ?? '');
        if (!parsed.ok) throw new Error(parsed.problem.message);
        const final = parsed.file;
        for (const [key, who] of authors) {
          if (who.size !== 1) continue;
          const [writer] = [...who] as [number];
          const expected = key.endsWith('.name') ? last.get(key) : last.get(`${key}@${writer}`);
          expect(fieldOf(final, key), key).toBe(expected);
        }
        for (const copy of copies) {
          expect(serializePlanFile({ ...copy.store.local, base: null })).toBe(
            serializePlanFile({ ...final, base: null }),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
