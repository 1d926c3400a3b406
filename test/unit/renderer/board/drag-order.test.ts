/**
 * Where a dropped card lands, worked out from the board's order and the drop target alone. On
 * a busy machine the drop can arrive before the board has redrawn the last hover into another
 * stage; the card must land where it was dropped all the same.
 */
import { describe, expect, test } from 'vitest';
import { crossInto, dropPlacement, type Order } from '../../../../renderer/src/board/drag-order';

const board = (): Order => ({
  ideation: ['team-budgets', 'receipt-scanner'],
  development: ['invoice-autopilot', 'open-banking'],
  launch: ['cash-flow'],
  growth: [],
  maturity: [],
  decline: [],
});

describe('dropPlacement', () => {
  test('dropped on an empty part of another stage, before any hover was drawn: at its end', () => {
    expect(dropPlacement(board(), 'receipt-scanner', 'column:launch', false)).toEqual({
      stage: 'launch',
      index: 1,
      order: { ...board(), ideation: ['team-budgets'], launch: ['cash-flow', 'receipt-scanner'] },
    });
  });

  test('dropped on an empty stage: its only card', () => {
    expect(dropPlacement(board(), 'cash-flow', 'column:growth', false)).toMatchObject({
      stage: 'growth',
      index: 0,
    });
  });

  test('dropped on a card of another stage: takes that card’s place', () => {
    expect(dropPlacement(board(), 'receipt-scanner', 'open-banking', false)).toMatchObject({
      stage: 'development',
      index: 1,
      order: { development: ['invoice-autopilot', 'receipt-scanner', 'open-banking'] },
    });
  });

  test('the same drop after the hover was drawn lands in the same place', () => {
    const hovered = crossInto(board(), 'receipt-scanner', 'column:launch', false);
    expect(dropPlacement(hovered, 'receipt-scanner', 'column:launch', false)).toEqual(
      dropPlacement(board(), 'receipt-scanner', 'column:launch', false),
    );
  });

  test('within a stage, dropped on another card: takes its place', () => {
    expect(dropPlacement(board(), 'receipt-scanner', 'team-budgets', false)).toMatchObject({
      stage: 'ideation',
      index: 0,
      order: { ideation: ['receipt-scanner', 'team-budgets'] },
    });
  });

  test('a target that is neither a card nor a stage places nothing', () => {
    expect(dropPlacement(board(), 'receipt-scanner', 'column:nowhere', false)).toMatchObject({
      stage: 'ideation',
      index: 1,
    });
    expect(dropPlacement(board(), 'no-such-card', 'column:launch', false)).toBeNull();
  });
});

describe('crossInto', () => {
  test('before or after the hovered card, by which half the dragged card is over', () => {
    expect(crossInto(board(), 'cash-flow', 'invoice-autopilot', false).development).toEqual([
      'cash-flow',
      'invoice-autopilot',
      'open-banking',
    ]);
    expect(crossInto(board(), 'cash-flow', 'invoice-autopilot', true).development).toEqual([
      'invoice-autopilot',
      'cash-flow',
      'open-banking',
    ]);
  });

  test('within its own stage the order is left as it is', () => {
    const order = board();
    expect(crossInto(order, 'team-budgets', 'receipt-scanner', true)).toBe(order);
  });
});
