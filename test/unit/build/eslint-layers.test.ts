import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { areaOf, LAYERS, layersPlugin, layerViolation } from '../../../build/eslint-layers.mjs';

const ROOT = '/repo';

function lint(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        plugins: { local: layersPlugin },
        rules: { 'local/layers': ['error', { root: ROOT }] },
      },
    ],
    join(ROOT, file),
  );
  return messages.map((message) => message.message);
}

describe('the table of layers', () => {
  it('has no cycle: no area is reachable from itself', () => {
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (LAYERS[from] ?? []).some(
        (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
      );
    for (const area of Object.keys(LAYERS)) expect(reaches(area, area), area).toBe(false);
  });

  it('names every area an allowed import points to', () => {
    for (const allowed of Object.values(LAYERS)) {
      for (const area of allowed) expect(Object.keys(LAYERS)).toContain(area);
    }
  });

  it.each([
    ['shared/plan-file/parse.ts', 'shared'],
    ['electron/main/menu.ts', 'electron/main'],
    ['electron/preload/index.ts', 'electron/preload'],
    ['renderer/src/board/Board.tsx', 'board'],
    ['renderer/src/product/backlog/BacklogTable.tsx', 'product'],
    ['renderer/src/main.tsx', 'entry'],
    ['renderer/src/store', 'store'],
    ['test/unit/x.test.ts', null],
    ['build/start.mjs', null],
  ])('puts %s in %s', (file, area) => {
    expect(areaOf(join(ROOT, file), ROOT)).toBe(area);
  });
});

describe('the lint rule', () => {
  it('lets a layer import itself and the layers below it', () => {
    expect(
      lint(
        'renderer/src/board/Board.tsx',
        `import { a } from './Column';
         import { b } from '../db/products';
         import { c } from '../../../shared/domain/lifecycle';
         import { d } from '../commands/perform';
         import { e } from 'react';`,
      ),
    ).toEqual([]);
  });

  it('refuses an import upward, naming both layers and the reason', () => {
    expect(lint('renderer/src/store/index.ts', `import { route } from '../app/route';`)).toEqual([
      'store may not import app: the app shell is on top: nothing imports it (docs/architecture.md, "Layers").',
    ]);
  });

  it('refuses one feature importing another, in every form of import', () => {
    const messages = lint(
      'renderer/src/product/NewProductDialog.tsx',
      `import { move } from '../board/board-commands';
       export { x } from '../board/x';
       export * from '../portfolio/y';
       const z = () => import('../plan-io/z');`,
    );
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^product may not import board: features do not import each other/);
  });

  it('keeps shared/ free of the renderer and main', () => {
    expect(
      lint('shared/plan-file/parse.ts', `import { db } from '../../renderer/src/db/database';`),
    ).toEqual([
      'shared may not import db: shared/ runs everywhere and imports only itself (docs/architecture.md, "Layers").',
    ]);
  });

  it('asks for a new folder to be placed in the table', () => {
    expect(layerViolation('gadgets', 'db')).toBe(
      'gadgets is not in the table of layers (build/eslint-layers.mjs); add it there',
    );
  });

  it('ignores tests and build scripts', () => {
    expect(lint('test/unit/a.test.ts', `import { x } from '../../renderer/src/app/App';`)).toEqual(
      [],
    );
  });
});
