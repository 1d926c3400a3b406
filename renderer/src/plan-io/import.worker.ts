/// <reference lib="webworker" />
/** The import worker: runs one ImportCore and answers the page's requests in order. */
import { ImportCore } from './import-core';
import type { WorkerReply, WorkerRequest } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = new ImportCore();

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'analyse':
      return core.analyse(request.input, (progress) =>
        reply({ id: request.id, type: 'progress', progress }),
      );
    case 'map':
      return core.mapTrello(request.mapping);
    case 'import':
      return core.importAs(request.mode, request.fileName, request.choices);
    case 'replay':
      return core.replay(request.undoKey, request.direction);
    case 'serialize':
      return core.serialize(request.planId);
    case 'backup':
      return core.backUp(request.planId, request.keep);
    case 'export':
      return core.exportPlan(request.planId);
    case 'remember-export':
      return core.rememberExport();
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(
    (value) => reply({ id: request.id, type: 'done', value }),
    (error: unknown) =>
      reply({
        id: request.id,
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
