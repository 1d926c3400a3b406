/// <reference lib="webworker" />
/** Parses and checks a chosen file off the page's thread, so a large file never freezes it. */
import { analyse, type AnalyseInput } from './analyse';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalyseInput>) => {
  const result = analyse(event.data, (phase) => scope.postMessage({ type: 'phase', phase }));
  scope.postMessage({ type: 'result', result });
};
