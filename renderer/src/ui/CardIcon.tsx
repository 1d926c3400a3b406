/**
 * The small icons a board card shows. A search redraws dozens of cards on every key, and
 * each of Lucide's icon components renders its own tree of shapes; here each icon is one
 * element, made once and shared by every card, so React skips it on a redraw and the page
 * has one path to lay out and paint. They look as the Lucide icons do elsewhere in the app.
 */
import { CARD_ICON_SHAPES, singlePath, type CardIconName } from './card-icon-shapes';

function drawn(name: CardIconName, size: number) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      <path d={singlePath(CARD_ICON_SHAPES[name])} />
    </svg>
  );
}

const names = Object.keys(CARD_ICON_SHAPES) as CardIconName[];
const SMALL = new Map(names.map((name) => [name, drawn(name, 12)]));
const LARGE = new Map(names.map((name) => [name, drawn(name, 16)]));

export function CardIcon({ name, size = 12 }: { name: CardIconName; size?: 12 | 16 }) {
  return (size === 16 ? LARGE : SMALL).get(name) ?? null;
}
