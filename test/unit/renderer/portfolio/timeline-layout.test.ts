import { describe, expect, it } from 'vitest';
import {
  AXIS_HEIGHT,
  ROW_HEIGHT,
  rowWindow,
  scrollTopToReveal,
} from '../../../../renderer/src/portfolio/timeline/layout';

describe('which rows are drawn', () => {
  it.each([
    { what: 'no rows', scrollTop: 0, height: 600, count: 0, window: { first: 0, end: 0 } },
    {
      what: 'the top of a long list',
      scrollTop: 0,
      height: 400,
      count: 5000,
      window: { first: 0, end: 16 },
    },
    {
      what: 'the middle, with spare rows either side',
      scrollTop: 100 * ROW_HEIGHT,
      height: 400,
      count: 5000,
      window: { first: 94, end: 116 },
    },
    {
      what: 'the end of the list',
      scrollTop: 4990 * ROW_HEIGHT,
      height: 400,
      count: 5000,
      window: { first: 4984, end: 5000 },
    },
    {
      what: 'scrolled past the end of a list that just got shorter',
      scrollTop: 4990 * ROW_HEIGHT,
      height: 400,
      count: 3,
      window: { first: 2, end: 3 },
    },
    { what: 'a short list', scrollTop: 0, height: 800, count: 3, window: { first: 0, end: 3 } },
    {
      what: 'a box not measured yet',
      scrollTop: 0,
      height: 0,
      count: 50,
      window: { first: 0, end: 6 },
    },
  ])('$what', ({ scrollTop, height, count, window }) => {
    expect(rowWindow(scrollTop, height, count)).toEqual(window);
  });
});

describe('bringing a row into view below the sticky axis', () => {
  const height = AXIS_HEIGHT + 10 * ROW_HEIGHT;
  it.each([
    ['a row in view stays put', 3, 0, 0],
    ['a row above the view scrolls to the top', 2, 5 * ROW_HEIGHT, 2 * ROW_HEIGHT],
    ['a row below the view scrolls to the bottom', 12, 0, 3 * ROW_HEIGHT],
    ['the last row in view stays put', 9, 0, 0],
    ['the first row below the view', 10, 0, ROW_HEIGHT],
  ])('%s', (_what, index, scrollTop, expected) => {
    expect(scrollTopToReveal(index, scrollTop, height)).toBe(expected);
  });
});
