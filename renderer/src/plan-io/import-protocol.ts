/** Messages between the page and the import worker. */
import type { Stage } from '../../../shared/domain/lifecycle';
import type { MergeChoices } from '../../../shared/plan-file/merge';
import type { ChangeDirection } from '../db/changes';
import type { ImportMode } from '../db/plan-io';
import type { AnalyseInput, AnalyseProgress } from './analyse';

export type WorkerRequest =
  | { id: number; type: 'analyse'; input: AnalyseInput }
  | { id: number; type: 'map'; mapping: Record<string, Stage> }
  | { id: number; type: 'import'; mode: ImportMode; fileName: string; choices: MergeChoices }
  | { id: number; type: 'replay'; undoKey: string; direction: ChangeDirection }
  | { id: number; type: 'serialize'; planId: string }
  | { id: number; type: 'backup'; planId: string; keep?: number }
  | { id: number; type: 'export'; planId: string }
  | { id: number; type: 'remember-export' };

export type WorkerReply =
  | { id: number; type: 'progress'; progress: AnalyseProgress }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; message: string };
