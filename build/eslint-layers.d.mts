// Types for eslint-layers.mjs, so the unit tests can check the table and the rule.
import type { ESLint, Rule } from 'eslint';

export const LAYERS: Record<string, readonly string[]>;
export function areaOf(file: string, root: string): string | null;
export function layerViolation(from: string | null, to: string | null): string | null;
export const layersRule: Rule.RuleModule;
export const layersPlugin: ESLint.Plugin;
