/**
 * Hardening that lives in configuration rather than code: the Electron fuses electron-builder
 * flips in the packaged binary, and the Content-Security-Policy of the page. (webPreferences,
 * navigation, new windows and the IPC gate are tested in window, security, handle and
 * lifecycle tests.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/**
 * The keys and values of one top-level mapping of flat `key: value` lines in a YAML file.
 * Deliberately strict (no dependency on a YAML parser): anything it does not understand
 * inside the block, or a key given twice, fails the test rather than being skipped.
 */
function topLevelBlock(yaml: string, name: string): Map<string, string> {
  const lines = yaml.split(/\r?\n/);
  const starts = lines.flatMap((line, index) => (line.trimEnd() === `${name}:` ? [index] : []));
  expect(starts, `exactly one top-level "${name}:"`).toHaveLength(1);
  const entries = new Map<string, string>();
  for (const line of lines.slice((starts[0] ?? 0) + 1)) {
    if (line.trim() === '' || /^\s+#/.test(line)) continue;
    if (!/^\s/.test(line)) break;
    const match = /^ {2}([A-Za-z]+): ([^#\s]+)\s*(#.*)?$/.exec(line);
    expect(match, `a plain "key: value" line in ${name}: ${JSON.stringify(line)}`).not.toBeNull();
    const [, key = '', value = ''] = match ?? [];
    expect(entries.has(key), `${name}.${key} given twice`).toBe(false);
    entries.set(key, value);
  }
  return entries;
}

describe('Electron fuses of the packaged app (electron-builder.yml)', () => {
  const config = read('electron-builder.yml');
  const fuses = topLevelBlock(config, 'electronFuses');

  test.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('%s is %s', (fuse, value) => {
    expect(fuses.get(fuse)).toBe(value);
  });

  test('every fuse set is a boolean, and the app ships in an asar', () => {
    for (const [fuse, value] of fuses) expect(['true', 'false'], fuse).toContain(value);
    expect(config).toMatch(/^asar: true\s*$/m);
  });
});

describe('Content-Security-Policy of the page (renderer/index.html)', () => {
  const html = read('renderer/index.html');
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  const content = /content="([^"]*)"/.exec(metas[0]?.[0] ?? '')?.[1] ?? '';
  const directives = new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== '')
      .map(([name = '', ...sources]) => [name, sources] as const),
  );

  test('there is exactly one CSP meta, in the head, before any script', () => {
    expect(metas).toHaveLength(1);
    const index = metas[0]?.index ?? Infinity;
    expect(index).toBeLessThan(html.indexOf('</head>'));
    expect(index).toBeLessThan(html.search(/<script/i));
  });

  test.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  test('no directive allows inline scripts or eval', () => {
    const scriptSources = [
      ...(directives.get('script-src') ?? []),
      ...(directives.get('default-src') ?? []),
    ];
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(content).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
  });

  test('the page has no inline script', () => {
    for (const [script] of html.matchAll(/<script\b[^>]*>/gi)) expect(script).toMatch(/\ssrc=/);
  });
});
