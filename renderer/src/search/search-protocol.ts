/** Messages between the page and the search worker; each request is answered once, by id. */
import type { PaletteHit, SearchGroup } from './search-index';

export type SearchRequest =
  | { id: number; type: 'open'; planId: string }
  | { id: number; type: 'everything'; planId: string; text: string; perKind: number }
  | { id: number; type: 'palette'; planId: string; text: string; limit: number };

export type SearchReply =
  | { id: number; type: 'done'; value: null | SearchGroup[] | PaletteHit[] }
  | { id: number; type: 'failed'; message: string };
