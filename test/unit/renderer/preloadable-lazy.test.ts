import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableLazy } from '../../../renderer/src/app/preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `Hello, ${name}`);
}

/** What a window would draw first: the view inside its Suspense boundary, in one pass. */
function drawn(View: (props: { name: string }) => ReturnType<typeof createElement>) {
  return renderToString(
    createElement(Suspense, { fallback: createElement('i', null, 'Loading') }, [
      createElement(View, { key: 'view', name: 'Ada' }),
    ]),
  );
}

describe('a view loaded on first use', () => {
  it('shows the fallback while its code has not been loaded', () => {
    const View = preloadableLazy(() => new Promise<typeof Greeting>(() => undefined));
    const html = drawn(View);
    expect(html).toContain('Loading');
    expect(html).not.toContain('Hello');
  });

  it('draws at once, without the fallback, once its code has been loaded ahead', async () => {
    const View = preloadableLazy(() => Promise.resolve(Greeting));
    await View.preload();
    const html = drawn(View);
    expect(html).toContain('Hello, Ada');
    expect(html).not.toContain('Loading');
  });

  it('loads its code once however often it is asked to', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const View = preloadableLazy(load);
    await Promise.all([View.preload(), View.preload()]);
    await View.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load again on the next call', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk not found'))
      .mockResolvedValueOnce(Greeting);
    const View = preloadableLazy(load);
    await expect(View.preload()).rejects.toThrow('chunk not found');
    await expect(View.preload()).resolves.toBe(Greeting);
    expect(drawn(View)).toContain('Hello, Ada');
  });
});
