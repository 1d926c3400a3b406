import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf, PLAN_TABLES } from '../../../shared/records/registry';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { planFileArb } from './arbitraries';
import { makeFullPlanFile, makePlanFile, makeProduct } from './factories';

describe('serializePlanFile', () => {
  it('writes keys in schema order, 2-space indented, with a final newline', () => {
    const text = serializePlanFile(makePlanFile());
    expect(
      text.startsWith(
        '{\n  "format": "lifecycle-plan",\n  "version": 3,\n  "base": null,\n  "plan": {\n    "id": "plan-1",\n',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('\r');
    const json = JSON.parse(text) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'base',
      'plan',
      'products',
      'checklistItems',
      'milestones',
      'backlogItems',
      'feedback',
      'kpis',
      'kpiValues',
      'releases',
      'experiments',
      'personas',
      'competitors',
      'stageTemplates',
      'deletions',
    ]);
    expect(Object.keys(json.products?.[0] ?? {})).toEqual([
      'id',
      'planId',
      'name',
      'summary',
      'owner',
      'tags',
      'stage',
      'rank',
      'stageHistory',
      'archived',
      'personaIds',
      'competitorIds',
      'decision',
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

  it('writes every table’s keys in the order its schema lists them', () => {
    const json = JSON.parse(serializePlanFile(makeFullPlanFile())) as Record<string, object[]>;
    for (const table of PLAN_TABLES) {
      expect(Object.keys(json[table]?.[0] ?? {}), table).toEqual(
        Object.keys(kindOf(table).schema.entries),
      );
    }
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
