/// <reference lib="webworker" />
/** The search worker: holds the open plan's index and answers the page's queries (../worker/rpc.ts). */
import { openPlannerDb } from '../db/database';
import { serveInWorker } from '../worker/rpc';
import { SearchCore } from './search-core';

serveInWorker(self as unknown as DedicatedWorkerGlobalScope, new SearchCore(openPlannerDb()));
