import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText, parsePlanValue } from '../../../shared/plan-file/parse';
import { MAX_STREAMED_PLAN_BYTES, readPlanBlob } from '../../../shared/plan-file/read-blob';
import { planFileParts, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFileResult } from '../../../shared/plan-file/types';
import { planFileArb } from './arbitraries';
import { chunkedBlob, type Cut, readAllWays } from './blob-sources';
import { makePlanFile } from './factories';

const encoder = new TextEncoder();

describe('a plan file read as a stream', () => {
  it('is read line by line, whatever the chunks, into the plan the whole text gives', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), fc.array(fc.nat(), { maxLength: 12 }), async (file, cuts) => {
        const bytes = encoder.encode(planFileParts(file).join(''));
        const read = await readPlanBlob(chunkedBlob(bytes, cuts), () => undefined);
        expect(read.kind).toBe('value');
        if (read.kind !== 'value') return;
        expect(parsePlanValue(read.value)).toEqual(parsePlanText(new TextDecoder().decode(bytes)));
      }),
      { numRuns: 60 },
    );
  });

  it('reports how far it got, up to the whole file', async () => {
    const bytes = encoder.encode(serializePlanFile(makePlanFile()));
    const seen: number[] = [];
    await readPlanBlob(chunkedBlob(bytes, [7, 300, 1000]), (loaded, total) => {
      expect(total).toBe(bytes.byteLength);
      seen.push(loaded);
    });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(bytes.byteLength);
  });
});

/** A text the whole-text reader and the stream reader must judge alike. */
async function bothWays(text: string, cuts: Cut[] = []): Promise<[PlanFileResult, PlanFileResult]> {
  const [streamed, whole] = await readAllWays(encoder.encode(text), cuts);
  return [streamed, whole];
}

describe('a file not in the line layout', () => {
  const text = serializePlanFile(makePlanFile());
  const lines = text.split('\n');
  const edits: { name: string; edit: () => string }[] = [
    { name: 'pretty-printed', edit: () => JSON.stringify(JSON.parse(text), null, 2) },
    { name: 'on one line', edit: () => JSON.stringify(JSON.parse(text)) },
    { name: 'with a row split over two lines', edit: () => text.replace('["p-1",', '["p-1",\n') },
    {
      name: 'with a trailing comma after the last row',
      edit: () => text.replace(/\]\n\]\},/, '],\n]},'),
    },
    { name: 'missing a comma between rows', edit: () => text.replace('],\n[', ']\n[') },
    {
      name: 'with a table written twice',
      edit: () => [lines[0], lines[1], lines[2], ...lines.slice(2)].join('\n'),
    },
    { name: 'with text after its end', edit: () => `${text}{}` },
    { name: 'cut short', edit: () => text.slice(0, text.length - 40) },
    { name: 'of an older version', edit: () => text.replace('"version":3', '"version":2') },
    { name: 'of a newer version', edit: () => text.replace('"version":3', '"version":99') },
    {
      name: 'with a row of the wrong length',
      edit: () => text.replace('["p-1",', '["p-1","extra",'),
    },
    {
      name: 'with a column the format does not have',
      edit: () => text.replace('"columns":["id",', '"columns":["ident",'),
    },
    {
      name: 'with a column named twice',
      edit: () => text.replace('"columns":["id",', '"columns":["id","id",'),
    },
    { name: 'not JSON at all', edit: () => 'name,stage\nReceipt Scanner,growth\n' },
  ];

  it.each(edits)('$name is judged exactly as the whole text is', async ({ edit }) => {
    const [streamed, whole] = await bothWays(edit(), [5, 64, 500]);
    expect(streamed).toEqual(whole);
  });

  it('is judged as the whole text is, whatever line is changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: lines.length - 1 }),
        fc.string({ maxLength: 8 }),
        fc.nat(),
        async (line, inserted, where) => {
          const changed = [...lines];
          const target = changed[line] ?? '';
          const at = where % (target.length + 1);
          changed[line] = target.slice(0, at) + inserted + target.slice(at);
          const [streamed, whole] = await bothWays(changed.join('\n'), [3, 90]);
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a file refused before its records are read', () => {
  it('when it is larger than a streamed plan may be, without reading it', async () => {
    let streamed = false;
    const huge = {
      size: MAX_STREAMED_PLAN_BYTES + 1,
      stream: () => {
        streamed = true;
        return new Blob([]).stream();
      },
      arrayBuffer: () => Promise.reject(new Error('not to be read')),
    };
    const read = await readPlanBlob(huge, () => undefined);
    expect(read).toEqual({
      kind: 'error',
      problem: { message: 'The file is 1.0 GB; plan files can be at most 1.0 GB.' },
    });
    expect(streamed).toBe(false);
  });

  it('when it is too large to read whole and not in the line layout', async () => {
    const pretty = encoder.encode(
      JSON.stringify(JSON.parse(serializePlanFile(makePlanFile())), null, 2),
    );
    const large = { ...chunkedBlob(pretty, []), size: 300 * 1024 * 1024 };
    const read = await readPlanBlob(large, () => undefined);
    expect(read.kind === 'error' && read.problem.message).toMatch(
      /^The file is 300\.0 MB\. A plan file over 256\.0 MB must be in the layout Lifecycle Planner writes/,
    );
  });

  it.each([
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00]), /UTF-16 \(little-endian\)/],
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), /byte-order mark/],
  ])('when it is in %s', async (_name, bytes, message) => {
    const read = await readPlanBlob(chunkedBlob(bytes, []), () => undefined);
    expect(read.kind === 'error' && read.problem.message).toMatch(message);
  });

  it('when a later chunk is not UTF-8, naming the byte', async () => {
    const good = encoder.encode(serializePlanFile(makePlanFile()));
    const bad = new Uint8Array(good.byteLength + 1);
    bad.set(good.subarray(0, 400));
    bad[400] = 0xff;
    bad.set(good.subarray(400), 401);
    const read = await readPlanBlob(chunkedBlob(bad, [100, 350]), () => undefined);
    expect(read.kind === 'error' && read.problem.message).toMatch(
      /^The file is not valid UTF-8 text \(byte 400\)\./,
    );
  });
});
