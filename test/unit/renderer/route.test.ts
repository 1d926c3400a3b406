import { describe, expect, it } from 'vitest';
import { hashOfView, viewFromHash, type View } from '../../../renderer/src/store/route';

describe('views as location hashes', () => {
  const views: [string, View][] = [
    ['', { kind: 'board' }],
    ['#/product/p-1/backlog', { kind: 'product', productId: 'p-1', section: 'backlog' }],
    ['#/product/a%2Fb%20c/kpis', { kind: 'product', productId: 'a/b c', section: 'kpis' }],
    ['#/timeline', { kind: 'timeline' }],
    ['#/roadmap', { kind: 'roadmap' }],
    ['#/health', { kind: 'health' }],
  ];

  it.each(views)('%s round-trips', (hash, view) => {
    expect(viewFromHash(hash)).toEqual(view);
    expect(hashOfView(view)).toBe(hash);
  });

  it.each([
    ['#/product/p-1/nonsense', { kind: 'product', productId: 'p-1', section: 'overview' }],
    ['#/product/p-1', { kind: 'product', productId: 'p-1', section: 'overview' }],
    ['#/product/', { kind: 'board' }],
    ['#/product/%E0%A4%A/overview', { kind: 'board' }],
    ['#/somewhere', { kind: 'board' }],
    ['#', { kind: 'board' }],
  ])('%s falls back to a sensible view', (hash, view) => {
    expect(viewFromHash(hash)).toEqual(view);
  });
});
