/**
 * A board card's icons are Lucide's, drawn as one path each: the copied shapes must match
 * the installed lucide-react, and the single path must draw every shape of the icon.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { CardIcon } from '../../../../renderer/src/ui/CardIcon';
import {
  CARD_ICON_SHAPES,
  singlePath,
  type CardIconName,
} from '../../../../renderer/src/ui/card-icon-shapes';

const lucideModule = v.object({
  __iconData: v.object({
    node: v.array(v.tuple([v.string(), v.record(v.string(), v.string())])),
  }),
});

/** The shapes lucide-react draws for an icon, without React's keys. */
async function lucideShapes(name: string): Promise<unknown> {
  const loaded: unknown = await import(`lucide-react/icons/${name}`);
  return v
    .parse(lucideModule, loaded)
    .__iconData.node.map(([tag, { key: _key, ...attributes }]) => [tag, attributes]);
}

describe('card icons', () => {
  test.each(Object.keys(CARD_ICON_SHAPES) as CardIconName[])(
    '%s has the shapes of the installed lucide-react',
    async (name) => {
      expect(await lucideShapes(name)).toEqual(CARD_ICON_SHAPES[name]);
    },
  );

  test('a path that starts with a relative move stays where it was drawn when joined', () => {
    // "m9 11 3 3" alone starts at (9, 11) and draws a line by (3, 3). After another shape its
    // move would be taken from that shape's end; written "M9 11 3 3", the line would go to (3, 3).
    expect(singlePath(CARD_ICON_SHAPES['square-check-big'])).toBe(
      'M21 10.656V19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h12.344M0 0m9 11 3 3L22 4',
    );
  });

  test('a circle becomes two half arcs through its left and right ends', () => {
    expect(singlePath([['circle', { cx: '12', cy: '12', r: '10' }]])).toBe(
      'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0',
    );
  });

  test('an icon is one hidden path in the text colour, at the size asked for', () => {
    const html = renderToStaticMarkup(createElement(CardIcon, { name: 'clock', size: 16 }));
    expect(html).toContain('width="16"');
    expect(html).toContain('stroke="currentColor"');
    expect(html).toContain('aria-hidden="true"');
    expect(html.match(/<path /g)).toHaveLength(1);
    expect(html).not.toMatch(/<circle/);
  });
});
