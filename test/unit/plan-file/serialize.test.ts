import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf, PLAN_TABLES } from '../../../shared/records/registry';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { columnsOf, FILE_TABLES } from '../../../shared/plan-file/file-layout';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { planFileArb } from './arbitraries';
import { makeFullPlanFile, makePlanFile, makeProduct } from './factories';

describe('serializePlanFile', () => {
  it('writes one record per line, tables as columns and rows, with a final newline', () => {
    const text = serializePlanFile(makePlanFile());
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"format":"lifecycle-plan","version":3,"base":null,');
    expect(lines[1]).toMatch(/^"plan":\{"id":"plan-1","name":"Portfolio",/);
    expect(lines[2]).toBe(
      `"products":{"columns":${JSON.stringify(columnsOf('products'))},"rows":[`,
    );
    expect(lines[3]).toMatch(/^\["p-1","Receipt Scanner",/);
    expect(lines[3]?.endsWith(',')).toBe(true);
    expect(lines[4]).toMatch(/^\["p-2","Team Budgets",.*\]$/);
    expect(lines[5]).toBe(']},');
    expect(text.endsWith(']}}\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).not.toContain('"planId"');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'base', 'plan', ...FILE_TABLES]);
    // Experiments come after releases, before personas; a product's vision after its plans.
    expect(FILE_TABLES.slice(FILE_TABLES.indexOf('releases'), -1)).toEqual([
      'releases',
      'experiments',
      'personas',
      'competitors',
      'stageTemplates',
    ]);
    expect(columnsOf('products').slice(-8)).toEqual([
      'plannedStages',
      'vision',
      'targetCustomer',
      'problem',
      'strategy',
      'strategyStage',
      'createdAt',
      'updatedAt',
    ]);
  });

  it('writes every table’s columns in the order its schema lists them, less its plan', () => {
    const json = JSON.parse(serializePlanFile(makeFullPlanFile())) as Record<
      string,
      { columns: string[]; rows: unknown[][] }
    >;
    for (const table of PLAN_TABLES) {
      const fields = Object.keys(kindOf(table).schema.entries).filter((f) => f !== 'planId');
      expect(json[table]?.columns, table).toEqual(fields);
      for (const row of json[table]?.rows ?? []) expect(row, table).toHaveLength(fields.length);
    }
  });

  it('keeps a diff to the lines of the records that changed', () => {
    const before = makePlanFile();
    const after = buildPlanFile({
      ...before,
      products: before.products.map((p) => (p.id === 'p-2' ? { ...p, owner: 'Lena' } : p)),
    });
    const a = serializePlanFile(before).split('\n');
    const b = serializePlanFile(after).split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.map((line, i) => (line === b[i] ? null : i)).filter((i) => i !== null);
    expect(changed).toHaveLength(1);
    expect(b[changed[0] as number]).toContain('"Lena"');
  });

  it('writes a product’s persona and competitor links sorted, whatever order they were made in', () => {
    const product = makeProduct({ personaIds: ['b', 'a', 'C'], competitorIds: ['z', 'y'] });
    const file = buildPlanFile({ ...makePlanFile(), products: [product] });
    expect(file.products[0]).toMatchObject({
      personaIds: ['C', 'a', 'b'],
      competitorIds: ['y', 'z'],
    });
  });

  it('gives the same bytes whatever order the records and keys arrive in', () => {
    const file = makePlanFile();
    const shuffled = {
      ...file,
      products: [...file.products].reverse().map((p) => {
        const { updatedAt, name, ...rest } = p;
        return { updatedAt, ...rest, name };
      }),
    };
    expect(serializePlanFile(shuffled)).toBe(serializePlanFile(file));
  });

  it('drops fields the format does not define, such as extra database columns', () => {
    const row = { ...makeProduct(), syncedAt: 'yesterday' };
    const file = buildPlanFile({ ...makePlanFile(), products: [row] });
    expect(serializePlanFile(file)).not.toContain('syncedAt');
  });

  it('sorts ids by code unit, not by locale', () => {
    const ids = ['b', 'B', 'a', 'é', 'Z'];
    const file = buildPlanFile({
      ...makePlanFile(),
      checklistItems: [],
      milestones: [],
      products: ids.map((id) => makeProduct({ id })),
    });
    expect(file.products.map((p) => p.id)).toEqual(['B', 'Z', 'a', 'b', 'é']);
  });

  it('does not share arrays with its input', () => {
    const product = makeProduct();
    const file = buildPlanFile({ ...makePlanFile(), products: [product] });
    file.products[0]?.tags.push('changed');
    expect(product.tags).toEqual(['mobile', 'AI']);
  });
});

describe('round trip (property)', () => {
  it('generates plans with every table, with links, null links and empty lists', () => {
    const files = fc.sample(planFileArb(), { numRuns: 200, seed: 42 });
    const some = (holds: (file: PlanFile) => boolean) => files.some(holds);
    for (const table of PLAN_TABLES)
      expect(
        some((f) => f[table].length > 0),
        table,
      ).toBe(true);
    expect(some((f) => f.backlogItems.some((x) => x.milestoneId !== null))).toBe(true);
    expect(some((f) => f.backlogItems.some((x) => x.releaseId !== null))).toBe(true);
    expect(some((f) => f.backlogItems.some((x) => x.milestoneId === null))).toBe(true);
    expect(some((f) => f.feedback.some((x) => x.backlogItemId !== null))).toBe(true);
    expect(some((f) => f.feedback.some((x) => x.backlogItemId === null))).toBe(true);
    expect(some((f) => f.products.some((p) => p.personaIds.length > 1))).toBe(true);
    expect(some((f) => f.products.some((p) => p.competitorIds.length > 0))).toBe(true);
    expect(some((f) => f.products.some((p) => p.personaIds.length === 0))).toBe(true);
    expect(some((f) => f.products.some((p) => p.decision !== null))).toBe(true);
  });

  it('every generated plan is valid', () => {
    fc.assert(
      fc.property(planFileArb(), (file) => {
        const checked = validatePlanFile(file);
        expect(checked.ok ? null : checked.problem).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('serialize → parse → serialize gives the same bytes and the same plan', () => {
    fc.assert(
      fc.property(planFileArb(), (file) => {
        const text = serializePlanFile(file);
        const parsed = parsePlanText(text);
        expect(parsed.ok ? null : parsed.problem).toBeNull();
        if (!parsed.ok) return;
        expect(parsed.file).toEqual(file);
        expect(serializePlanFile(parsed.file)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('the order records come in never changes the bytes', () => {
    fc.assert(
      fc.property(planFileArb(), fc.integer(), (file, seed) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map((item, i) => ({ item, key: Math.sin(seed + i) }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        const tables = Object.fromEntries(
          PLAN_TABLES.map((table) => [table, shuffle<object>(file[table])]),
        );
        const shuffled = {
          ...file,
          ...tables,
          products: shuffle(file.products).map((p) => ({
            ...p,
            personaIds: shuffle(p.personaIds),
            competitorIds: shuffle(p.competitorIds),
          })),
          deletions: shuffle(file.deletions),
        } as PlanFile;
        expect(serializePlanFile(shuffled)).toBe(serializePlanFile(file));
      }),
      { numRuns: 100 },
    );
  });
});
