/// <reference lib="webworker" />
/** The search worker: holds the open plan's index and answers the page's queries. */
import { openPlannerDb } from '../db/database';
import { SearchCore } from './search-core';
import type { SearchReply, SearchRequest } from './search-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = new SearchCore(openPlannerDb());

function answer(request: SearchRequest): Promise<Extract<SearchReply, { type: 'done' }>['value']> {
  switch (request.type) {
    case 'open':
      return core.open(request.planId).then(() => null);
    case 'everything':
      return core.everything(request.planId, request.text, request.perKind);
    case 'palette':
      return core.palette(request.planId, request.text, request.limit);
  }
}

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, type: 'done', value } satisfies SearchReply),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies SearchReply),
  );
};
