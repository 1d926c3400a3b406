import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateToCurrent,
  oldestReadable,
  type Migration,
} from '../../../shared/plan-file/migrate';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import { PLAN_FILE_VERSION, type PlanFile } from '../../../shared/plan-file/types';
import { makeFullPlanFile, makePlanFile } from './factories';

type Json = Record<string, unknown>;

const TABLES_ADDED_IN_2 = [
  'backlogItems',
  'feedback',
  'kpis',
  'kpiValues',
  'releases',
  'personas',
  'competitors',
  'stageTemplates',
];
const PRODUCT_FIELDS_ADDED_IN_2 = ['personaIds', 'competitorIds', 'decision', 'plannedStages'];
const TABLES_ADDED_IN_3 = ['experiments'];
const PRODUCT_FIELDS_ADDED_IN_3 = [
  'vision',
  'targetCustomer',
  'problem',
  'strategy',
  'strategyStage',
];

const without = (record: Json, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/** Versions 1 and 2 wrote tables as lists of records, each with its plan's id. */
const asRecordLists = (file: PlanFile) => JSON.parse(JSON.stringify(buildPlanFile(file))) as Json;

/** The factory's plan as version 2 wrote it: backlog items as `features`, no experiments. */
function asVersion2(file = makePlanFile()): Json {
  const v3 = asRecordLists(file);
  const { backlogItems, ...rest } = without({ ...v3, version: 2 }, [...TABLES_ADDED_IN_3, 'base']);
  const features = (backlogItems as Json[]).map((item) => item);
  const feedback = (rest.feedback as Json[]).map(({ backlogItemId, ...entry }) => ({
    ...entry,
    featureId: backlogItemId,
  }));
  const products = (v3.products as Json[]).map((p) => without(p, PRODUCT_FIELDS_ADDED_IN_3));
  return { ...rest, features, feedback, products };
}

/** The factory's plan as version 1 wrote it: no workspace tables or fields, no base. */
function asVersion1(): Json {
  const v3 = asRecordLists(makePlanFile());
  const v1 = without({ ...v3, version: 1 }, [...TABLES_ADDED_IN_2, ...TABLES_ADDED_IN_3, 'base']);
  v1.products = (v3.products as Json[]).map((product) =>
    without(product, [...PRODUCT_FIELDS_ADDED_IN_2, ...PRODUCT_FIELDS_ADDED_IN_3]),
  );
  return v1;
}

/**
 * A made-up version 0, to prove the chain runs through more than one step: the plan's name
 * was `title`, a product's stage was `lifecycleStage`, and there were no deletions.
 */
function asVersion0(): Json {
  const v1 = asVersion1();
  const { name, ...plan } = v1.plan as Json;
  const products = (v1.products as Json[]).map(({ stage, ...rest }) => ({
    ...rest,
    lifecycleStage: stage,
  }));
  const rest = { ...v1 };
  delete rest.deletions;
  return { ...rest, version: 0, plan: { ...plan, title: name }, products };
}

const version0To1: Migration = {
  from: 0,
  migrate(value) {
    const file = value as Json;
    const { title, ...plan } = file.plan as Json;
    const products = (file.products as Json[]).map(({ lifecycleStage, ...rest }) => ({
      ...rest,
      stage: lifecycleStage,
    }));
    return { ...file, plan: { ...plan, name: title }, products, deletions: [] };
  },
};

describe('the migration chain', () => {
  it('reads every version from 1 up in this release (no gaps)', () => {
    expect(oldestReadable(MIGRATIONS)).toBe(1);
    expect(migrateToCurrent({ version: PLAN_FILE_VERSION }, PLAN_FILE_VERSION)).toEqual({
      ok: true,
      value: { version: PLAN_FILE_VERSION },
    });
  });

  it('brings a version 0 file up to version 1', () => {
    const migrated = migrateToCurrent(asVersion0(), 0, [version0To1], 1);
    // Version 0 had no deletions, so the factory's deletion is not there to come back.
    expect(migrated.ok && migrated.value).toEqual({ ...asVersion1(), deletions: [] });
  });

  it('imports a version 1 file with empty workspace tables and product fields', () => {
    const result = parsePlanText(JSON.stringify(asVersion1()));
    expect(result).toEqual({ ok: true, file: makePlanFile(), migratedFrom: 1 });
  });

  it('imports a version 2 file with no experiments and an empty vision for every product', () => {
    const result = parsePlanText(JSON.stringify(asVersion2(makeFullPlanFile({ experiments: [] }))));
    expect(result).toEqual({
      ok: true,
      file: makeFullPlanFile({ experiments: [] }),
      migratedFrom: 2,
    });
  });

  it('refuses a version 2 file that already holds an experiments list, saying so', () => {
    const result = parsePlanText(JSON.stringify({ ...asVersion2(), experiments: [] }));
    expect(!result.ok && result.problem.message).toBe(
      'This plan file could not be brought up from version 2 to 3: a version 2 file has no "experiments" list.',
    );
  });

  it('keeps a vision a version 2 file should not have, for the schema to check', () => {
    const v2 = asVersion2();
    const [product] = v2.products as Json[];
    const odd = { ...v2, products: [{ ...product, vision: 'two\nlines' }] };
    const result = parsePlanText(JSON.stringify(odd));
    expect(!result.ok && result.problem.path).toBe('products[0].vision');
  });

  it('refuses a version 1 file that already holds a version 2 table, saying which', () => {
    const result = parsePlanText(JSON.stringify({ ...asVersion1(), features: [] }));
    expect(!result.ok && result.problem.message).toBe(
      'This plan file could not be brought up from version 1 to 2: a version 1 file has no "features" list.',
    );
  });

  it('keeps product fields a version 1 file should not have, for the schema to refuse', () => {
    const v1 = asVersion1();
    const [product] = v1.products as Json[];
    const odd = { ...v1, products: [{ ...product, personaIds: 'nobody' }] };
    const result = parsePlanText(JSON.stringify(odd));
    expect(!result.ok && result.problem.path).toBe('products[0].personaIds');
  });

  it('imports a version 0 file through both steps as the same plan, saying it was migrated', () => {
    const text = JSON.stringify(asVersion0());
    const result = parsePlanText(text, { migrations: [version0To1, ...MIGRATIONS] });
    expect(result).toEqual({
      ok: true,
      file: { ...makePlanFile(), deletions: [] },
      migratedFrom: 0,
    });
  });

  it('refuses a version 0 file when no step reads it', () => {
    const result = parsePlanText(JSON.stringify(asVersion0()));
    expect(!result.ok && result.problem.message).toBe(
      'This plan file is version 0, which this app cannot bring up to date (it reads versions 1 to 3).',
    );
  });

  it('validates what the last step produced', () => {
    const sloppy: Migration = { from: 0, migrate: (value) => value };
    const result = parsePlanText(JSON.stringify(asVersion0()), {
      migrations: [sloppy, ...MIGRATIONS],
    });
    expect(!result.ok && result.problem.message).toBe('plan.name: this field is missing.');
  });

  it('runs steps one version at a time, in order, stamping each new version', () => {
    const seen: unknown[] = [];
    const step = (from: number): Migration => ({
      from,
      migrate: (value) => {
        seen.push((value as Json).version);
        return { ...(value as Json), [`step${from}`]: true };
      },
    });
    // Listed out of order on purpose: the runner picks by `from`, not by position.
    const result = migrateToCurrent({ version: 1 }, 1, [step(3), step(1), step(2)], 4);
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toEqual({
      ok: true,
      value: { version: 4, step1: true, step2: true, step3: true },
    });
  });

  it('stops at a gap in the chain', () => {
    const result = migrateToCurrent({ version: 1 }, 1, [{ from: 2, migrate: (v) => v }], 3);
    expect(!result.ok && result.problem.message).toBe(
      'This plan file is version 1, which this app cannot bring up to date (it reads versions 2 to 3).',
    );
  });

  it('refuses a step that does not produce an object', () => {
    const result = migrateToCurrent({}, 0, [{ from: 0, migrate: () => null }]);
    expect(!result.ok && result.problem.message).toBe(
      'This plan file could not be brought up from version 0 to 1: the step did not produce an object.',
    );
  });
});
