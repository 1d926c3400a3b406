/**
 * Trello board export → a new plan. "Import plan…" recognises an export by content
 * (`isTrelloExport`), reads it (`readTrelloBoard`), shows the lists for the PM to map to stages
 * (`summarizeTrelloBoard`, guesses from `guessStageForList`), then converts it here into a plan
 * file, which it checks with the same `validatePlanFile` as every imported plan file, so a
 * Trello import can never store anything the app's own export would then refuse. Texts longer
 * than the plan format allows are cut to fit and reported. Nothing is written by this module.
 *
 * Cards become products; due dates, milestones; checklists, the checklist of the product's
 * stage. What has no place in a plan is listed in the report rather than silently dropped.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { STAGES, isStage, type Stage } from '../domain/lifecycle';
import {
  MAX_NAME_LENGTH,
  emptyProductLinks,
  type ChecklistItem,
  type Milestone,
  type Plan,
  type Product,
} from '../domain/product';
import {
  byPos,
  checklistItemsFor,
  cutText,
  checklistsByCard,
  dueMilestone,
  productName,
  productSummary,
  productTags,
  type ChildParts,
} from './trello-cards';
import { guessStageForList } from './trello-stages';
import {
  describeNotCarried,
  emptyNotes,
  type ConversionNotes,
  type TrelloReport,
} from './trello-report';
import type { TrelloBoard, TrelloCard, TrelloList } from './trello-schema';
import { buildTimeline } from './trello-times';
import { validatePlanFile } from './schema';
import { buildPlanFile } from './serialize';
import type { PlanFile, PlanFileProblem } from './types';

export {
  isTrelloExport,
  readTrelloBoard,
  type TrelloBoard,
  type TrelloProblem,
} from './trello-schema';
export { guessStageForList } from './trello-stages';
export { TRELLO_ACTION_CAP, UNTITLED_CARD, type TrelloReport } from './trello-report';

export interface TrelloListSummary {
  id: string;
  name: string;
  closed: boolean;
  /** Every card on the list, archived ones included: they come in as archived products. */
  cardCount: number;
  archivedCardCount: number;
  guessedStage: Stage;
}

export interface TrelloBoardSummary {
  name: string;
  lists: TrelloListSummary[];
}

/** Which stage each Trello list's cards go to, by list id. Lists left out are skipped. */
export type TrelloMapping = Record<string, Stage>;

/** The converted plan and its report, or why the board could not become a plan. */
export type TrelloConversion =
  { ok: true; file: PlanFile; report: TrelloReport } | { ok: false; problem: PlanFileProblem };

/** The new plan's name: the board's, folded to one line and cut to what a plan name allows. */
export function trelloBoardName(board: TrelloBoard): string {
  const name = cutText((board.name ?? '').replace(/\s+/g, ' ').trim(), MAX_NAME_LENGTH);
  return name || 'Trello board';
}

export function summarizeTrelloBoard(board: TrelloBoard): TrelloBoardSummary {
  const lists = [...board.lists].sort(byPos).map((list) => {
    const cards = board.cards.filter((card) => card.idList === list.id);
    return {
      id: list.id,
      name: list.name,
      closed: list.closed === true,
      cardCount: cards.length,
      archivedCardCount: cards.filter((card) => card.closed === true || list.closed === true)
        .length,
      guessedStage: guessStageForList(list.name),
    };
  });
  return { name: trelloBoardName(board), lists };
}

/** The mapping step's starting point: every list mapped to its guessed stage. */
export function guessedTrelloMapping(board: TrelloBoard): TrelloMapping {
  return Object.fromEntries(board.lists.map((list) => [list.id, guessStageForList(list.name)]));
}

interface PlacedCard {
  card: TrelloCard;
  list: TrelloList;
  stage: Stage;
}

/** Own entries only and real stages only: the mapping may come from UI state or a file. */
function readMapping(mapping: TrelloMapping): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  for (const [listId, stage] of Object.entries(mapping)) {
    if (isStage(stage)) stages.set(listId, stage);
  }
  return stages;
}

function placeCards(board: TrelloBoard, mapping: TrelloMapping, notes: ConversionNotes) {
  const stages = readMapping(mapping);
  const lists = new Map(board.lists.map((list) => [list.id, list]));
  const placed: PlacedCard[] = [];
  for (const card of board.cards) {
    const list = lists.get(card.idList);
    const stage = stages.get(card.idList);
    if (list !== undefined && stage !== undefined) placed.push({ card, list, stage });
  }
  for (const list of [...board.lists].sort(byPos)) {
    if (stages.has(list.id)) continue;
    const cardCount = board.cards.filter((card) => card.idList === list.id).length;
    notes.skippedLists.push({ name: list.name, cardCount });
  }
  // Within a stage: the lists in board order, then each list's cards in Trello's order.
  return placed.sort((a, b) => byPos(a.list, b.list) || byPos(a.card, b.card));
}

function countOrphanChecklists(board: TrelloBoard): number {
  const cardIds = new Set(board.cards.map((card) => card.id));
  return (board.checklists ?? []).filter((checklist) => !cardIds.has(checklist.idCard)).length;
}

/**
 * Converts a read board into a new plan. `mapping` says which stage each list's cards go to;
 * cards on lists it leaves out are skipped and reported. Ids come from `newId` in a fixed
 * order, so the same board, mapping and ids give the same file.
 */
export function trelloToPlanFile(
  board: TrelloBoard,
  mapping: TrelloMapping,
  options: { now: Date; newId: () => string },
): TrelloConversion {
  const notes = emptyNotes();
  const now = options.now.toISOString();
  const plan: Plan = {
    id: options.newId(),
    name: trelloBoardName(board),
    createdAt: now,
    updatedAt: now,
  };
  const boardLabels = new Map((board.labels ?? []).map((label) => [label.id, label]));
  const timeline = buildTimeline(board, options.now);
  const checklistsOf = checklistsByCard(board);
  const placed = placeCards(board, mapping, notes);
  const rankOf = new Map<PlacedCard, string>();
  for (const stage of STAGES) {
    const column = placed.filter((entry) => entry.stage === stage);
    const keys = generateNKeysBetween(null, null, column.length);
    column.forEach((entry, i) => rankOf.set(entry, keys[i] as string));
  }

  const products: Product[] = [];
  const checklistItems: ChecklistItem[] = [];
  const milestones: Milestone[] = [];
  for (const entry of placed) {
    const { card, list, stage } = entry;
    const times = timeline(card);
    const parts: ChildParts = { productId: options.newId(), planId: plan.id, stage, times };
    products.push({
      id: parts.productId,
      planId: plan.id,
      createdAt: times.createdAt,
      updatedAt: times.updatedAt,
      name: productName(card, notes),
      summary: productSummary(card, notes),
      owner: '',
      tags: productTags(card, boardLabels, notes),
      stage,
      rank: rankOf.get(entry) as string,
      stageHistory: [{ stage, enteredAt: times.enteredStageAt }],
      archived: card.closed === true || list.closed === true,
      ...emptyProductLinks(),
    });
    const checklists = checklistsOf.get(card.id) ?? [];
    checklistItems.push(...checklistItemsFor(checklists, parts, options.newId, notes));
    milestones.push(...dueMilestone(card, parts, options.newId, notes));
  }
  notes.orphanChecklists = countOrphanChecklists(board);

  // The canonical file: records sorted by id and keys in schema order, like every plan file,
  // checked as one: whatever the conversion missed is refused here, not on the next export.
  const built = buildPlanFile({ plan, products, checklistItems, milestones, deletions: [] });
  const checked = validatePlanFile(built);
  if (!checked.ok) {
    const { problem } = checked;
    const message = `The board could not be made into a valid plan: ${problem.message}`;
    return { ok: false, problem: { ...problem, message } };
  }
  const file = built;
  const report: TrelloReport = {
    boardName: plan.name,
    counts: {
      lists: board.lists.length,
      cards: board.cards.length,
      products: products.length,
      checklistItems: checklistItems.length,
      milestones: milestones.length,
      archived: products.filter((product) => product.archived).length,
    },
    notCarried: describeNotCarried(board, notes),
  };
  return { ok: true, file, report };
}
