/**
 * A component whose code loads on first use, like `React.lazy`, but which can be loaded ahead
 * and then draws at once. A lazy component suspends on its first render even when its code is
 * already in, and React then holds the content back until 300 ms after the fallback showed
 * (its fallback throttle): every first opening of a view would wait that long for nothing.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export interface PreloadableComponent<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Loads the code now; a failed load is tried again on the next call or the first render. */
  preload(): Promise<ComponentType<P>>;
}

export function preloadableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later
    // would be a different element type, and React would draw the view again from scratch.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(Preloadable, { preload });
}
