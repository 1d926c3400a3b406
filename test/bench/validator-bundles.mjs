/**
 * What each schema library adds to a bundle: the same small schema (an object of text,
 * numbers, an enum, an optional field and a list of objects, parsed safely) is bundled with
 * esbuild for the browser, minified, and measured raw and gzipped. Printed by
 * `npm run bench:validators` beside the speed table.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const ENTRIES = {
  valibot: `import * as v from 'valibot';
    const item = v.object({ id: v.pipe(v.string(), v.minLength(1)), rank: v.number() });
    const schema = v.object({
      name: v.string(), stage: v.picklist(['ideation', 'growth']),
      due: v.optional(v.nullable(v.string())), items: v.array(item),
    });
    export const check = (input) => v.safeParse(schema, input).success;`,
  zod: `import { z } from 'zod';
    const item = z.object({ id: z.string().min(1), rank: z.number() });
    const schema = z.object({
      name: z.string(), stage: z.enum(['ideation', 'growth']),
      due: z.string().nullable().optional(), items: z.array(item),
    });
    export const check = (input) => schema.safeParse(input).success;`,
  'zod/mini': `import * as z from 'zod/mini';
    const item = z.object({ id: z.string().check(z.minLength(1)), rank: z.number() });
    const schema = z.object({
      name: z.string(), stage: z.enum(['ideation', 'growth']),
      due: z.optional(z.nullable(z.string())), items: z.array(item),
    });
    export const check = (input) => schema.safeParse(input).success;`,
};

export async function measureBundles() {
  const rows = [];
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    const bytes = result.outputFiles[0].contents;
    rows.push({
      library: name,
      'minified kB': (bytes.byteLength / 1024).toFixed(1),
      'gzipped kB': (gzipSync(bytes).byteLength / 1024).toFixed(1),
    });
  }
  return rows;
}
