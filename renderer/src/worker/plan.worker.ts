/// <reference lib="webworker" />
/** The plan worker: one PlanWorkerCore, answering the page's calls in order (./rpc.ts). */
import { PlanWorkerCore } from './plan-worker-core';
import { serveInWorker } from './rpc';

serveInWorker(self as unknown as DedicatedWorkerGlobalScope, new PlanWorkerCore());
