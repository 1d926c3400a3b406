/**
 * Which view the window shows, as a location hash, so a reload comes back to the same
 * product section and the browser's (or the mouse's) back button goes back.
 */
import { WORKSPACE_SECTIONS, type WorkspaceSection } from './sections';

export type View =
  | { kind: 'board' }
  | { kind: 'product'; productId: string; section: WorkspaceSection }
  | { kind: 'timeline' }
  | { kind: 'roadmap' }
  | { kind: 'health' };

export const BOARD_VIEW: View = { kind: 'board' };

const isSection = (text: string): text is WorkspaceSection =>
  (WORKSPACE_SECTIONS as readonly string[]).includes(text);

/** "#/product/<id>/backlog" → the backlog of that product; anything unknown → the board. */
export function viewFromHash(hash: string): View {
  const parts = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  const [kind, id, section] = parts;
  if (kind === 'product' && id) {
    return {
      kind: 'product',
      productId: id,
      section: section && isSection(section) ? section : 'overview',
    };
  }
  if (kind === 'timeline' || kind === 'roadmap' || kind === 'health') return { kind };
  return BOARD_VIEW;
}

export function hashOfView(view: View): string {
  switch (view.kind) {
    case 'board':
      return '';
    case 'product':
      return `#/product/${encodeURIComponent(view.productId)}/${view.section}`;
    default:
      return `#/${view.kind}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export function sameView(a: View, b: View): boolean {
  return hashOfView(a) === hashOfView(b);
}
