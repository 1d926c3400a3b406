import { describe, expect, it } from 'vitest';
import {
  feedbackVolume,
  offTargetKpis,
  overdueMilestones,
  productsPerStage,
  stuckLongest,
} from '../../../shared/domain/health';
import type { Kpi, KpiValue } from '../../../shared/domain/workspace';
import { T0, makeMilestone, makeProduct } from '../plan-file/factories';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const entered = (stage: 'ideation' | 'growth', iso: string) => [{ stage, enteredAt: iso }];

const fresh = makeProduct({
  id: 'p-fresh',
  name: 'Fresh',
  stage: 'ideation',
  stageHistory: entered('ideation', '2026-02-27T09:00:00.000Z'),
});
const stale = makeProduct({
  id: 'p-stale',
  name: 'Stale',
  stage: 'growth',
  stageHistory: entered('growth', '2025-03-01T09:00:00.000Z'),
});
const twin = makeProduct({
  id: 'p-twin',
  name: 'Also stale',
  stage: 'growth',
  stageHistory: entered('growth', '2025-03-01T09:00:00.000Z'),
});
const gone = makeProduct({
  id: 'p-gone',
  name: 'Gone',
  stage: 'growth',
  archived: true,
  stageHistory: entered('growth', '2019-01-01T09:00:00.000Z'),
});
const products = [fresh, stale, twin, gone];

function kpi(id: string, productId: string, target: number, direction: Kpi['direction']): Kpi {
  return {
    id,
    planId: 'plan-1',
    productId,
    name: `KPI ${id}`,
    unit: '%',
    target,
    direction,
    createdAt: T0,
    updatedAt: T0,
  };
}
function value(kpiId: string, productId: string, v: number): KpiValue {
  return {
    id: `v-${kpiId}`,
    planId: 'plan-1',
    kpiId,
    productId,
    date: '2026-02-01',
    value: v,
    createdAt: T0,
    updatedAt: T0,
  };
}

describe('portfolio health', () => {
  it('counts live products per stage', () => {
    expect(productsPerStage(products)).toEqual({
      ideation: 1,
      development: 0,
      launch: 0,
      growth: 2,
      maturity: 0,
      decline: 0,
    });
  });

  it('lists products stuck longest first, archived left out, ties by name', () => {
    const stuck = stuckLongest(products, NOW);
    expect(stuck.map((s) => [s.product.name, s.days])).toEqual([
      ['Also stale', 365],
      ['Stale', 365],
      ['Fresh', 2],
    ]);
    expect(stuckLongest(products, NOW, 1)).toHaveLength(1);
  });

  it('finds KPIs whose latest value misses the target, in either direction', () => {
    const kpis = [
      kpi('up-miss', 'p-stale', 50, 'higher'),
      kpi('up-hit', 'p-stale', 50, 'higher'),
      kpi('down-miss', 'p-fresh', 5, 'lower'),
      kpi('no-data', 'p-fresh', 5, 'lower'),
      kpi('archived', 'p-gone', 50, 'higher'),
    ];
    const latest = new Map([
      ['up-miss', value('up-miss', 'p-stale', 49.5)],
      ['up-hit', value('up-hit', 'p-stale', 50)],
      ['down-miss', value('down-miss', 'p-fresh', 7)],
      ['archived', value('archived', 'p-gone', 1)],
    ]);
    expect(offTargetKpis(kpis, latest, products).map((o) => o.kpi.id)).toEqual([
      'down-miss',
      'up-miss',
    ]);
  });

  it('lists open milestones before today, oldest first', () => {
    const milestones = [
      makeMilestone({ id: 'm1', productId: 'p-stale', date: '2026-02-28' }),
      makeMilestone({ id: 'm2', productId: 'p-fresh', date: '2026-01-15' }),
      makeMilestone({ id: 'm3', productId: 'p-fresh', date: '2026-03-01' }),
      makeMilestone({ id: 'm4', productId: 'p-fresh', date: '2026-01-01', done: true }),
      makeMilestone({ id: 'm5', productId: 'p-gone', date: '2025-01-01' }),
    ];
    expect(
      overdueMilestones(milestones, products, '2026-03-01').map((l) => l.milestone.id),
    ).toEqual(['m2', 'm1']);
  });

  it('counts feedback per live product, most first', () => {
    const counts = new Map([
      ['p-fresh', 1],
      ['p-stale', 2],
      ['p-gone', 3],
      ['nobody', 4],
    ]);
    expect(feedbackVolume(counts, products).map((f) => [f.product.name, f.entries])).toEqual([
      ['Stale', 2],
      ['Fresh', 1],
    ]);
  });
});
