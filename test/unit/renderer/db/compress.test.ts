/**
 * Gzip of text given in parts, as backups, shared copies and an import's undo are kept: what
 * comes back is the text, whatever the parts' sizes and characters, and a source of parts
 * that fails makes the whole write fail rather than keep half a text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gunzipText, gzipParts } from '../../../../renderer/src/db/compress';

function* lazily(parts: readonly string[]): Generator<string> {
  yield* parts;
}

describe('gzip of text in parts', () => {
  it('gives back the joined text, for parts small and large, in any script', async () => {
    const part = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      // Past the size at which parts are handed to the compressor one by one.
      fc
        .string({ unit: 'grapheme-composite', minLength: 1, maxLength: 4 })
        .map((s) => s.repeat(30_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 30 }), async (parts) => {
        const text = await gunzipText(await gzipParts(lazily(parts)));
        expect(text).toBe(parts.join(''));
      }),
      { numRuns: 40 },
    );
  });

  it('fails as its source of parts fails', async () => {
    function* broken(): Generator<string> {
      yield 'x'.repeat(100_000);
      throw new Error('the plan could not be read');
    }
    await expect(gzipParts(broken())).rejects.toThrow('the plan could not be read');
  });
});
