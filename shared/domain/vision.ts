/**
 * A product's vision and strategy: one line of vision, the customer it is for, the problem it
 * solves, and how it plays its current stage. The strategy remembers the stage it was written
 * for, so the Overview can say when the product has moved on and the strategy needs a look.
 */
import type { Stage } from './lifecycle';
import { MAX_SUMMARY_LENGTH, type Product } from './product';

/** A vision is one sentence; longer is a summary, which has its own field. */
export const MAX_VISION_LENGTH = 500;

export type VisionField = 'vision' | 'targetCustomer' | 'problem' | 'strategy';
export type VisionDraft = Pick<Product, VisionField>;
export type VisionCheck =
  { ok: true; value: VisionDraft } | { ok: false; errors: Partial<Record<VisionField, string>> };

export const VISION_LABELS: Record<VisionField, string> = {
  vision: 'Vision',
  targetCustomer: 'Target customer',
  problem: 'Problem',
  strategy: 'Strategy',
};

const count = (n: number) => n.toLocaleString('en');

/** Every field at once, tidied (the vision on one line), so a form can mark each bad one. */
export function checkVision(input: VisionDraft): VisionCheck {
  const value: VisionDraft = {
    vision: input.vision.replace(/\s+/g, ' ').trim(),
    targetCustomer: input.targetCustomer.trim(),
    problem: input.problem.trim(),
    strategy: input.strategy.trim(),
  };
  const errors: Partial<Record<VisionField, string>> = {};
  if (value.vision.length > MAX_VISION_LENGTH) {
    errors.vision = `Keep the vision to one line of at most ${count(MAX_VISION_LENGTH)} characters; the summary holds the rest.`;
  }
  for (const field of ['targetCustomer', 'problem', 'strategy'] as const) {
    if (value[field].length > MAX_SUMMARY_LENGTH) {
      errors[field] =
        `Keep the ${VISION_LABELS[field].toLowerCase()} to ${count(MAX_SUMMARY_LENGTH)} characters.`;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * The stage a strategy is for once saved: the product's stage when the text changed, the
 * stage it was written for when only other fields changed, and none for no strategy.
 */
export function strategyStageAfter(
  product: Pick<Product, 'strategy' | 'strategyStage' | 'stage'>,
  strategy: string,
): Stage | null {
  if (strategy === '') return null;
  if (strategy === product.strategy && product.strategyStage !== null) return product.strategyStage;
  return product.stage;
}

/** True when the product has moved on from the stage its strategy was written for. */
export function strategyIsStale(product: Pick<Product, 'strategy' | 'strategyStage' | 'stage'>) {
  return (
    product.strategy !== '' &&
    product.strategyStage !== null &&
    product.strategyStage !== product.stage
  );
}

export function hasVision(product: Pick<Product, VisionField>): boolean {
  return (
    product.vision !== '' ||
    product.targetCustomer !== '' ||
    product.problem !== '' ||
    product.strategy !== ''
  );
}
