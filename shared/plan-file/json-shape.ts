/**
 * Checks on the parsed JSON before anything else reads it: how deep it nests and whether it
 * uses a key that means something to JavaScript objects (`__proto__`, `constructor`,
 * `prototype`). JSON.parse makes `"__proto__"` an ordinary own property, but code that later
 * copies or spreads the data could turn it into a prototype change, so such files are refused
 * outright, naming where the key is. The walk uses its own stack: a file nested a million
 * levels deep must get a message, not a stack overflow.
 */
import { formatPath } from './describe';
import type { PlanFileProblem } from './types';

/** A version 1 plan nests 5 levels; the margin leaves room for later versions. */
export const MAX_JSON_DEPTH = 64;

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

interface Frame {
  /** Own keys (objects) or indexes (arrays) still to visit. */
  keys: (string | number)[];
  container: Record<string, unknown> | unknown[];
  parent: Frame | null;
  /** This container's key in its parent. */
  key: string | number | null;
  depth: number;
}

/** The path to `last` in `frame`; very deep ones keep their first and last 8 steps. */
function pathOf(frame: Frame | null, last: string | number): string {
  const keys: (string | number)[] = [last];
  for (let f = frame; f && f.key !== null; f = f.parent) keys.push(f.key);
  keys.reverse();
  if (keys.length <= 16) return formatPath(keys);
  return `${formatPath(keys.slice(0, 8))}…${formatPath(keys.slice(-8))}`;
}

function frameFor(
  value: Record<string, unknown> | unknown[],
  parent: Frame | null,
  key: string | number | null,
): Frame {
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return { keys: keys.reverse(), container: value, parent, key, depth: (parent?.depth ?? 0) + 1 };
}

export function checkJsonShape(root: unknown, maxDepth = MAX_JSON_DEPTH): PlanFileProblem | null {
  if (typeof root !== 'object' || root === null) return null;
  let frame: Frame | null = frameFor(root as Record<string, unknown>, null, null);
  while (frame) {
    const key = frame.keys.pop();
    if (key === undefined) {
      frame = frame.parent;
      continue;
    }
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
      const path = pathOf(frame, key);
      return {
        message: `${path}: the key "${key}" is not allowed in a plan file (it could change how the app's own objects behave).`,
        path,
      };
    }
    const child = Array.isArray(frame.container)
      ? frame.container[key as number]
      : frame.container[key as string];
    if (typeof child !== 'object' || child === null) continue;
    if (frame.depth + 1 > maxDepth) {
      const path = pathOf(frame, key);
      return {
        message: `${path}: the data is nested more than ${maxDepth} levels deep; a plan file needs far fewer.`,
        path,
      };
    }
    frame = frameFor(child as Record<string, unknown>, frame, key);
  }
  return null;
}
