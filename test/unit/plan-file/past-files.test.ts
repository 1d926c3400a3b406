/**
 * Files written by past versions of the format, saved as they were, come in whole: brought up
 * to date step by step, every record kept, and written out again as the current version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { PLAN_FILE_VERSION } from '../../../shared/plan-file/types';

function read(name: string) {
  const url = new URL(`../../fixtures/plan-files/${name}`, import.meta.url);
  const text = readFileSync(url, 'utf8');
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { raw: JSON.parse(text) as Record<string, { id: string }[]>, parsed };
}

describe('plan files of past versions', () => {
  it('reads a version 1 file, giving it empty workspace tables and no base', () => {
    const { raw, parsed } = read('v1-portfolio.lcplan');
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.file.base).toBeNull();
    expect(parsed.file.products.map((p) => p.id)).toEqual(raw.products?.map((p) => p.id));
    expect(parsed.file.products[0]).toMatchObject({ personaIds: [], decision: null });
    expect(parsed.file.backlogItems).toEqual([]);
    expect(parsed.file.deletions.map((d) => d.id)).toEqual(['gone-1']);
  });

  it('reads a version 2 file, its features as backlog items and feedback linked to them', () => {
    const { raw, parsed } = read('v2-portfolio.lcplan');
    expect(parsed.migratedFrom).toBe(2);
    const { file } = parsed;
    expect(file.backlogItems.map((item) => item.id)).toEqual(raw.features?.map((f) => f.id));
    expect(file.feedback[0]).toMatchObject({ id: 'fb-1', backlogItemId: 'f-1' });
    expect(file.feedback[0]).not.toHaveProperty('featureId');
    for (const table of ['kpis', 'kpiValues', 'releases', 'personas', 'stageTemplates']) {
      expect(file[table as 'kpis'].length, table).toBe(raw[table]?.length);
    }
  });

  it('writes a past file out as the current version, which reads back the same', () => {
    for (const name of ['v1-portfolio.lcplan', 'v2-portfolio.lcplan']) {
      const text = serializePlanFile(read(name).parsed.file);
      const again = parsePlanText(text);
      expect(again.ok && again.migratedFrom, name).toBeNull();
      expect(again.ok && serializePlanFile(again.file), name).toBe(text);
      expect(JSON.parse(text)).toMatchObject({ version: PLAN_FILE_VERSION, base: null });
    }
  });
});
