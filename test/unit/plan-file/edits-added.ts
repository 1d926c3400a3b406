/**
 * The records a simulated PM adds to a product they own (see ./edits.ts): a checklist item,
 * a backlog item planned for one of the product's milestones, feedback backing one of its
 * items, a KPI and readings, an experiment on one of its KPIs, a release. New records link only to records of the same product
 * that this copy still holds, as the app's forms allow.
 */
import type { EditedCopy } from './edited-copy';

export function addProductRecords(copy: EditedCopy, productId: string): void {
  const { rand, options, planId } = copy;
  const { side, at } = options;
  const stamps = { createdAt: at, updatedAt: at };
  const product = copy.tables.products.get(productId);
  if (!product) return;
  const ofProduct = <T extends { productId: string }>(records: T[]) =>
    records.filter((r) => r.productId === productId);
  const anyOf = <T extends { id: string }>(records: T[]) =>
    records[Math.floor(rand() * (records.length + 1))]?.id ?? null;

  if (rand() < 0.4) {
    copy.put('checklistItems', {
      id: copy.newId(),
      planId,
      productId,
      stage: product.stage,
      text: `Added by ${side}`,
      done: false,
      rank: 'a0',
      ...stamps,
    });
  }
  if (rand() < 0.3) {
    copy.put('backlogItems', {
      id: copy.newId(),
      planId,
      productId,
      title: `Idea from ${side}`,
      description: '',
      status: 'idea',
      moscow: 'could',
      reach: 100,
      impact: 1,
      confidence: 50,
      effort: 1,
      rank: 'a0',
      horizon: null,
      milestoneId: anyOf(ofProduct(copy.all('milestones'))),
      releaseId: anyOf(ofProduct(copy.all('releases'))),
      shippedOn: null,
      ...stamps,
    });
  }
  if (rand() < 0.3) {
    copy.put('feedback', {
      id: copy.newId(),
      planId,
      productId,
      source: 'support',
      customer: `Customer of ${side}`,
      quote: 'Please add this.',
      date: '2025-01-01',
      sentiment: 'neutral',
      backlogItemId: anyOf(ofProduct(copy.all('backlogItems'))),
      notifiedAt: null,
      ...stamps,
    });
  }
  if (rand() < 0.2) {
    copy.put('kpis', {
      id: copy.newId(),
      planId,
      productId,
      name: `KPI of ${side}`,
      unit: '%',
      target: 50,
      direction: 'higher',
      ...stamps,
    });
  }
  const kpis = ofProduct(copy.all('kpis'));
  const kpiId = anyOf(kpis);
  if (kpiId !== null && rand() < 0.5) {
    copy.put('kpiValues', {
      id: copy.newId(),
      planId,
      kpiId,
      productId,
      date: '2025-01-01',
      value: rand() * 100,
      ...stamps,
    });
  }
  if (rand() < 0.3) {
    copy.put('experiments', {
      id: copy.newId(),
      planId,
      productId,
      title: `Test by ${side}`,
      hypothesis: 'More people sign up.',
      kpiId: anyOf(ofProduct(copy.all('kpis'))),
      startOn: '2025-01-01',
      endOn: null,
      variants: [{ name: 'Control', result: '' }],
      decision: 'undecided',
      rationale: '',
      ...stamps,
    });
  }
  if (rand() < 0.2) {
    copy.put('releases', {
      id: copy.newId(),
      planId,
      productId,
      version: `2.0-${side}`,
      date: '2025-01-01',
      notes: '',
      ...stamps,
    });
  }
}
