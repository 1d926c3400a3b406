// The layers of the code and what each may import, enforced by lint (docs/architecture.md).
// A file belongs to an area: its top folder (shared, electron/main, electron/preload) or, in
// the renderer, its folder under renderer/src. An area may import itself and the areas its
// row lists; anything else is reported with the rule that forbids it. The table is the one
// place the layering is written down; the architecture document explains it.
import { dirname, relative, resolve, sep } from 'node:path';

/** Renderer areas that only the app shell imports; they do not import each other. */
const FEATURES = [
  'backups',
  'board',
  'help',
  'plan-io',
  'plans',
  'portfolio',
  'product',
  'search',
  'settings',
];

const BELOW_FEATURES = ['shared', 'db', 'platform', 'store', 'ui', 'worker', 'commands'];

/** Area → the areas it may import besides itself. Lower layers first. */
export const LAYERS = {
  shared: [],
  'electron/main': ['shared'],
  'electron/preload': ['shared'],
  db: ['shared'],
  // The host's edge: the browser build keeps its backups in the database.
  platform: ['shared', 'db'],
  store: ['shared', 'db', 'platform'],
  ui: ['shared', 'platform', 'store'],
  // The worker that reads, writes and checks whole plans off the page.
  worker: ['shared', 'db', 'platform'],
  commands: ['shared', 'db', 'platform', 'store', 'ui', 'worker'],
  ...Object.fromEntries(FEATURES.map((feature) => [feature, BELOW_FEATURES])),
  app: [...BELOW_FEATURES, ...FEATURES, 'styles'],
  // renderer/src/main.tsx and its siblings start the app.
  entry: [...BELOW_FEATURES, ...FEATURES, 'styles', 'app'],
  styles: [],
};

const WHY = {
  shared: 'shared/ runs everywhere and imports only itself',
  platform: 'the host edge knows nothing of the app above the database',
  ui: 'generic components take what they show as props',
  db: 'the database layer imports only shared/',
  store: 'UI state sits below commands and features',
  worker: 'the plan worker sits below commands and features',
  commands: 'commands sit below the features that use them',
  feature: 'features do not import each other: move what both need down a layer',
};

/** The area of a file, or null for files outside the layered code (tests, build scripts). */
export function areaOf(file, root) {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'electron' && (parts[1] === 'main' || parts[1] === 'preload')) {
    return `electron/${parts[1]}`;
  }
  if (parts[0] !== 'renderer' || parts[1] !== 'src' || parts.length < 3) return null;
  // A file right under renderer/src starts the app; `../store` names the folder's index.
  return parts.length === 3 && /\.[cm]?[jt]sx?$/.test(parts[2]) ? 'entry' : parts[2];
}

function reason(from, to) {
  if (to === 'app' || to === 'entry') return 'the app shell is on top: nothing imports it';
  return WHY[FEATURES.includes(from) ? 'feature' : from] ?? 'see the table of layers';
}

/** Why `from` may not import `to`, or null when it may. */
export function layerViolation(from, to) {
  if (from === null || to === null || from === to) return null;
  const allowed = LAYERS[from];
  if (allowed === undefined) {
    return `${from} is not in the table of layers (build/eslint-layers.mjs); add it there`;
  }
  return allowed.includes(to) ? null : `${from} may not import ${to}: ${reason(from, to)}`;
}

/** The ESLint rule: every relative import, export-from and dynamic import is checked. */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of docs/architecture.md.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } } }],
    messages: { layer: '{{why}} (docs/architecture.md, "Layers").' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const from = areaOf(context.filename, root);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = areaOf(resolve(dirname(context.filename), source), root);
      const why = layerViolation(from, to);
      if (why) context.report({ node, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };
