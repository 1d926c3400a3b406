/**
 * Which schema library should check plan files? This builds one large plan-like object
 * (5,000 products with stage history, 50,000 checklist items, 10,000 milestones, 2,000
 * deletions; about 20 MB as JSON), states the same schema in each candidate, and prints the
 * median time to validate it, plus the path each reports for one wrong field deep inside.
 *
 * Run: npm run bench:validators   (plain Node; imports nothing of ours so it needs no build)
 *
 * "eval" marks checkers that generate code with `new Function`: the renderer's CSP
 * (script-src 'self', no 'unsafe-eval') forbids that in the page, so those would need a
 * build-time precompile step to be usable there.
 *
 * Figures on the shared 2-core dev machine, Node 20.20, median of 7 runs over a 15.5 MB plan
 * (three runs of the script; the spread between runs was about ±8%):
 *
 *   ajv 8.20 compiled (eval)            96–101 ms   path /products/12/stage
 *   @sinclair/typebox 0.34 compiled     93–97 ms    path /products/12/stage
 *   @sinclair/typebox 0.34 Value.Check  138–145 ms  path /products/12/stage
 *   zod 4.6 JIT (eval)                  151–165 ms  path products.12.stage
 *   zod 4.6 jitless                     160–171 ms  path products.12.stage
 *   valibot 1.5                         117–131 ms  path products.12.stage
 *
 * What each adds to a bundle (test/bench/validator-bundles.mjs: one small schema, esbuild,
 * minified for the browser), valibot 1.5 4.7 kB (1.7 kB gzipped), zod 4.6 443.5 kB (91.3 kB),
 * zod/mini 17.1 kB (5.9 kB).
 *
 * Chosen: valibot, for plan files, Trello exports, IPC and every file main reads. It is the
 * fastest checker that needs no eval (the CSP rules out ajv and typebox's compiler unless a
 * build step precompiles them), by far the smallest in a bundle, and its issues carry the
 * path as keys, which becomes `products[12].stage`. Kept runnable: the others stay as
 * devDependencies used only here.
 */
import Ajv from 'ajv';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import * as v from 'valibot';
import * as z from 'zod';
import { measureBundles } from './validator-bundles.mjs';

const STAGES = ['ideation', 'development', 'launch', 'growth', 'maturity', 'decline'];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(text) {
  if (!DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
const isName = (text) => text.trim() !== '' && text.length <= 10_000;

// ---------- data ----------
function makePlan() {
  const planId = 'plan-0001';
  const at = (i) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const base = (id, i) => ({ id, planId, createdAt: at(i), updatedAt: at(i + 1) });
  const products = Array.from({ length: 5000 }, (_, i) => ({
    ...base(`p-${i}`, i),
    name: `Product ${i}`,
    summary: 'A product that does something useful for someone, described in a sentence.',
    owner: `Owner ${i % 17}`,
    tags: ['web', `tag-${i % 9}`],
    stage: STAGES[i % 6],
    rank: `a${i}`,
    stageHistory: STAGES.slice(0, (i % 6) + 1).map((stage, k) => ({ stage, enteredAt: at(k) })),
    archived: i % 50 === 0,
  }));
  const checklistItems = Array.from({ length: 50_000 }, (_, i) => ({
    ...base(`c-${i}`, i),
    productId: `p-${i % 5000}`,
    stage: STAGES[i % 6],
    text: `Checklist item ${i}`,
    done: i % 3 === 0,
    rank: `a${i}`,
  }));
  const milestones = Array.from({ length: 10_000 }, (_, i) => ({
    ...base(`m-${i}`, i),
    productId: `p-${i % 5000}`,
    title: `Milestone ${i}`,
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    done: false,
  }));
  const deletions = Array.from({ length: 2000 }, (_, i) => ({
    id: `d-${i}`,
    planId,
    table: 'products',
    deletedAt: at(i),
  }));
  return {
    format: 'lifecycle-plan',
    version: 1,
    plan: { id: planId, name: 'Big plan', createdAt: at(0), updatedAt: at(1) },
    products,
    checklistItems,
    milestones,
    deletions,
  };
}

// ---------- ajv ----------
function ajvChecker() {
  const ajv = new Ajv({ allErrors: false });
  ajv.addFormat('timestamp', TIMESTAMP);
  ajv.addFormat('calendar-date', isCalendarDate);
  ajv.addFormat('name', isName);
  const str = { type: 'string' };
  const ts = { type: 'string', format: 'timestamp' };
  const obj = (properties) => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  });
  const record = { id: str, planId: str, createdAt: ts, updatedAt: ts };
  const stage = { enum: STAGES };
  const schema = obj({
    format: { const: 'lifecycle-plan' },
    version: { type: 'integer' },
    plan: obj({ id: str, name: { type: 'string', format: 'name' }, createdAt: ts, updatedAt: ts }),
    products: {
      type: 'array',
      items: obj({
        ...record,
        name: { type: 'string', format: 'name' },
        summary: str,
        owner: str,
        tags: { type: 'array', items: str },
        stage,
        rank: { type: 'string', minLength: 1 },
        stageHistory: { type: 'array', items: obj({ stage, enteredAt: ts }) },
        archived: { type: 'boolean' },
      }),
    },
    checklistItems: {
      type: 'array',
      items: obj({
        ...record,
        productId: str,
        stage,
        text: str,
        done: { type: 'boolean' },
        rank: { type: 'string', minLength: 1 },
      }),
    },
    milestones: {
      type: 'array',
      items: obj({
        ...record,
        productId: str,
        title: { type: 'string', format: 'name' },
        date: { type: 'string', format: 'calendar-date' },
        done: { type: 'boolean' },
      }),
    },
    deletions: {
      type: 'array',
      items: obj({
        id: str,
        planId: str,
        table: { enum: ['products', 'checklistItems', 'milestones'] },
        deletedAt: ts,
      }),
    },
  });
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? null : validate.errors[0].instancePath);
}

// ---------- typebox ----------
function typeboxSchema() {
  FormatRegistry.Set('timestamp', (s) => TIMESTAMP.test(s));
  FormatRegistry.Set('calendar-date', isCalendarDate);
  FormatRegistry.Set('name', isName);
  const T = Type;
  const strict = { additionalProperties: false };
  const ts = T.String({ format: 'timestamp' });
  const stage = T.Union(STAGES.map((s) => T.Literal(s)));
  const record = { id: T.String(), planId: T.String(), createdAt: ts, updatedAt: ts };
  return T.Object(
    {
      format: T.Literal('lifecycle-plan'),
      version: T.Integer(),
      plan: T.Object(
        { id: T.String(), name: T.String({ format: 'name' }), createdAt: ts, updatedAt: ts },
        strict,
      ),
      products: T.Array(
        T.Object(
          {
            ...record,
            name: T.String({ format: 'name' }),
            summary: T.String(),
            owner: T.String(),
            tags: T.Array(T.String()),
            stage,
            rank: T.String({ minLength: 1 }),
            stageHistory: T.Array(T.Object({ stage, enteredAt: ts }, strict)),
            archived: T.Boolean(),
          },
          strict,
        ),
      ),
      checklistItems: T.Array(
        T.Object(
          {
            ...record,
            productId: T.String(),
            stage,
            text: T.String(),
            done: T.Boolean(),
            rank: T.String({ minLength: 1 }),
          },
          strict,
        ),
      ),
      milestones: T.Array(
        T.Object(
          {
            ...record,
            productId: T.String(),
            title: T.String({ format: 'name' }),
            date: T.String({ format: 'calendar-date' }),
            done: T.Boolean(),
          },
          strict,
        ),
      ),
      deletions: T.Array(
        T.Object(
          {
            id: T.String(),
            planId: T.String(),
            table: T.Union(['products', 'checklistItems', 'milestones'].map((t) => T.Literal(t))),
            deletedAt: ts,
          },
          strict,
        ),
      ),
    },
    strict,
  );
}

function typeboxCompiledChecker(schema) {
  const check = TypeCompiler.Compile(schema);
  return (value) => (check.Check(value) ? null : check.Errors(value).First().path);
}

function typeboxValueChecker(schema) {
  return (value) => (Value.Check(schema, value) ? null : Value.Errors(schema, value).First().path);
}

// ---------- zod ----------
function zodChecker() {
  const ts = z.string().regex(TIMESTAMP);
  const stage = z.enum(STAGES);
  const name = z.string().refine(isName);
  const record = { id: z.string(), planId: z.string(), createdAt: ts, updatedAt: ts };
  const schema = z.strictObject({
    format: z.literal('lifecycle-plan'),
    version: z.number().int(),
    plan: z.strictObject({ id: z.string(), name, createdAt: ts, updatedAt: ts }),
    products: z.array(
      z.strictObject({
        ...record,
        name,
        summary: z.string(),
        owner: z.string(),
        tags: z.array(z.string()),
        stage,
        rank: z.string().min(1),
        stageHistory: z.array(z.strictObject({ stage, enteredAt: ts })),
        archived: z.boolean(),
      }),
    ),
    checklistItems: z.array(
      z.strictObject({
        ...record,
        productId: z.string(),
        stage,
        text: z.string(),
        done: z.boolean(),
        rank: z.string().min(1),
      }),
    ),
    milestones: z.array(
      z.strictObject({
        ...record,
        productId: z.string(),
        title: name,
        date: z.string().refine(isCalendarDate),
        done: z.boolean(),
      }),
    ),
    deletions: z.array(
      z.strictObject({
        id: z.string(),
        planId: z.string(),
        table: z.enum(['products', 'checklistItems', 'milestones']),
        deletedAt: ts,
      }),
    ),
  });
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? null : result.error.issues[0].path.join('.');
  };
}

// ---------- valibot ----------
function valibotChecker() {
  const ts = v.pipe(v.string(), v.regex(TIMESTAMP));
  const stage = v.picklist(STAGES);
  const name = v.pipe(v.string(), v.check(isName));
  const record = { id: v.string(), planId: v.string(), createdAt: ts, updatedAt: ts };
  const schema = v.strictObject({
    format: v.literal('lifecycle-plan'),
    version: v.pipe(v.number(), v.integer()),
    plan: v.strictObject({ id: v.string(), name, createdAt: ts, updatedAt: ts }),
    products: v.array(
      v.strictObject({
        ...record,
        name,
        summary: v.string(),
        owner: v.string(),
        tags: v.array(v.string()),
        stage,
        rank: v.pipe(v.string(), v.minLength(1)),
        stageHistory: v.array(v.strictObject({ stage, enteredAt: ts })),
        archived: v.boolean(),
      }),
    ),
    checklistItems: v.array(
      v.strictObject({
        ...record,
        productId: v.string(),
        stage,
        text: v.string(),
        done: v.boolean(),
        rank: v.pipe(v.string(), v.minLength(1)),
      }),
    ),
    milestones: v.array(
      v.strictObject({
        ...record,
        productId: v.string(),
        title: name,
        date: v.pipe(v.string(), v.check(isCalendarDate)),
        done: v.boolean(),
      }),
    ),
    deletions: v.array(
      v.strictObject({
        id: v.string(),
        planId: v.string(),
        table: v.picklist(['products', 'checklistItems', 'milestones']),
        deletedAt: ts,
      }),
    ),
  });
  return (value) => {
    const result = v.safeParse(schema, value, { abortEarly: true });
    return result.success ? null : v.getDotPath(result.issues[0]);
  };
}

// ---------- measuring ----------
const RUNS = 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(name, makeChecker, data, bad) {
  const t0 = performance.now();
  const check = makeChecker();
  const setupMs = performance.now() - t0;
  const warm = check(data);
  if (warm !== null) throw new Error(`${name} refused the valid plan at ${warm}`);
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    check(data);
    times.push(performance.now() - start);
  }
  return {
    validator: name,
    'setup ms': setupMs.toFixed(1),
    'median ms': median(times).toFixed(1),
    'error path': String(check(bad)),
  };
}

const data = makePlan();
const bad = structuredClone(data);
bad.products[12].stage = 'retired';
console.log(
  `plan: ${data.products.length} products, ${data.checklistItems.length} checklist items, ` +
    `${data.milestones.length} milestones; ${(JSON.stringify(data).length / 1e6).toFixed(1)} MB JSON`,
);
const tb = typeboxSchema();
const rows = [
  measure('ajv compiled (eval)', ajvChecker, data, bad),
  measure('typebox compiled (eval)', () => typeboxCompiledChecker(tb), data, bad),
  measure('typebox Value.Check', () => typeboxValueChecker(tb), data, bad),
  measure('zod 4 JIT (eval)', zodChecker, data, bad),
  measure(
    'zod 4 jitless',
    () => {
      z.config({ jitless: true });
      return zodChecker();
    },
    data,
    bad,
  ),
  measure('valibot', valibotChecker, data, bad),
];
console.table(rows);
console.table(await measureBundles());
