/**
 * The shapes of a board card's icons: Lucide's (lucide-react 1.77.0, ISC licence, Copyright
 * (c) Lucide Icons and Contributors), copied so each can be drawn as one path. A unit test
 * holds them to the installed lucide-react, so an upgrade that redraws one shows up.
 */
export type IconShape = readonly (
  | readonly ['path', { readonly d: string }]
  | readonly ['circle', { readonly cx: string; readonly cy: string; readonly r: string }]
)[];

export const CARD_ICON_SHAPES = {
  clock: [
    ['circle', { cx: '12', cy: '12', r: '10' }],
    ['path', { d: 'M12 6v6l4 2' }],
  ],
  'square-check-big': [
    ['path', { d: 'M21 10.656V19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h12.344' }],
    ['path', { d: 'm9 11 3 3L22 4' }],
  ],
  'triangle-exclamation-point': [
    ['path', { d: 'm21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3' }],
    ['path', { d: 'M12 9v4' }],
    ['path', { d: 'M12 17h.01' }],
  ],
  gauge: [
    ['path', { d: 'm12 14 4-4' }],
    ['path', { d: 'M3.34 19a10 10 0 1 1 17.32 0' }],
  ],
  diamond: [
    [
      'path',
      {
        d: 'M2.7 10.3a2.41 2.41 0 0 0 0 3.41l7.59 7.59a2.41 2.41 0 0 0 3.41 0l7.59-7.59a2.41 2.41 0 0 0 0-3.41l-7.59-7.59a2.41 2.41 0 0 0-3.41 0Z',
      },
    ],
  ],
  scale: [
    ['path', { d: 'M12 3v18' }],
    ['path', { d: 'm19 8 3 8a5 5 0 0 1-6 0zV7' }],
    ['path', { d: 'M3 7h1a17 17 0 0 0 8-2 17 17 0 0 0 8 2h1' }],
    ['path', { d: 'm5 8 3 8a5 5 0 0 1-6 0zV7' }],
    ['path', { d: 'M7 21h10' }],
  ],
  ellipsis: [
    ['circle', { cx: '12', cy: '12', r: '1' }],
    ['circle', { cx: '19', cy: '12', r: '1' }],
    ['circle', { cx: '5', cy: '12', r: '1' }],
  ],
} as const satisfies Record<string, IconShape>;

export type CardIconName = keyof typeof CARD_ICON_SHAPES;

/**
 * An icon's shapes as one path's data; a circle becomes two half arcs. A path that starts
 * with a move in lower case starts where it says, and the pairs after the move draw lines
 * relative to it; joined after another shape, that move would be taken from the other shape's
 * end, so a move to the origin goes first (a lone move draws nothing).
 */
export function singlePath(shape: IconShape): string {
  return shape
    .map(([tag, attributes]) => {
      if (tag === 'path')
        return attributes.d.startsWith('m') ? `M0 0${attributes.d}` : attributes.d;
      const [cx, cy, r] = [attributes.cx, attributes.cy, attributes.r].map(Number) as [
        number,
        number,
        number,
      ];
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    })
    .join('');
}
