/**
 * The roadmap: every product's open backlog items in Now, Next and Later. Items move by drag,
 * by Alt+Left/Right on their title, or from their menu; filters narrow it to a product, a
 * product tag or a MoSCoW priority.
 */
import '../portfolio-view.css';
import './roadmap.css';
import {
  DndContext,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { localCalendarDate } from '../../../../shared/domain/calendar';
import {
  NO_FILTER,
  firstOfRoadmap,
  orderRoadmap,
  placeRoadmap,
  roadmapCounts,
  type PlacedRoadmap,
  type RoadmapColumns,
  type RoadmapFilter,
  type RoadmapItem,
} from '../../../../shared/domain/roadmap';
import { HORIZONS, type Horizon } from '../../../../shared/domain/workspace';
import type { Product } from '../../../../shared/domain/product';
import { productMatches, searchTerms } from '../../../../shared/domain/search';
import { db } from '../../db';
import type { PortfolioViewProps } from '../portfolio-view';
import { useUi } from '../../store';
import { useRoadmapData } from '../../db/portfolio';
import { useAfterNextFrame } from '../../ui/use-after-frame';
import { FIRST_PLACED_ROWS } from '../../ui/useVirtualRows';
import { RoadmapColumn } from './RoadmapColumn';
import { RoadmapFilters } from './RoadmapFilters';
import { moveToHorizon } from './roadmap-commands';

/** The toolbar's search narrows the roadmap to the products it finds, as on the board. */
function matching(products: readonly Product[], search: string): readonly Product[] {
  const terms = searchTerms(search);
  return terms.length === 0 ? products : products.filter((p) => productMatches(p, terms));
}

function horizonOfDrop(id: string | undefined): Horizon | null {
  const horizon = id?.startsWith('horizon:') ? id.slice('horizon:'.length) : null;
  return HORIZONS.find((h) => h === horizon) ?? null;
}

/**
 * The columns in order. As the view opens, only each column's first screenful is put in order
 * before the first frame (ordering every item of a large roadmap took about 80 ms of it); the
 * whole columns follow in a task after that frame. From then on every change is ordered whole
 * at once, so a list the user has scrolled never shrinks under them.
 */
function useOrderedColumns(placed: PlacedRoadmap | null): RoadmapColumns | null {
  const [opened, setOpened] = useState(false);
  useAfterNextFrame(!opened && placed !== null, () => setOpened(true));
  return useMemo(() => {
    if (placed === null) return null;
    return opened ? orderRoadmap(placed) : firstOfRoadmap(placed, FIRST_PLACED_ROWS);
  }, [placed, opened]);
}

export function RoadmapView({ planId, products }: PortfolioViewProps) {
  const data = useRoadmapData(db, planId);
  const [filter, setFilter] = useState<RoadmapFilter>(NO_FILTER);
  const search = useUi((s) => s.search);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const today = localCalendarDate(new Date());
  const placed = useMemo(
    () =>
      products && data
        ? placeRoadmap(data.entries, matching(products, search), data.milestoneDates, filter, today)
        : null,
    [products, data, filter, today, search],
  );
  const columns = useOrderedColumns(placed);
  const counts = useMemo(() => placed && roadmapCounts(placed), [placed]);

  function onDragEnd(event: DragEndEvent) {
    const item = (event.active.data.current as { item?: RoadmapItem } | undefined)?.item;
    const horizon = horizonOfDrop(event.over ? String(event.over.id) : undefined);
    if (item && horizon) void moveToHorizon(item, horizon);
  }

  return (
    <div className="portfolio-view roadmap" aria-busy={columns === null}>
      <div className="portfolio-view-header">
        <h1 className="portfolio-view-title">Roadmap</h1>
        <RoadmapFilters
          products={products ?? []}
          filter={filter}
          onChange={setFilter}
          drawn={columns !== null}
        />
      </div>
      <p className="portfolio-view-hint">
        Open backlog items of every product. Drag an item, or press Alt+← / Alt+→ on it, to move it
        between Now, Next and Later.
      </p>
      {columns && counts && (
        <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragEnd={onDragEnd}>
          <div className="roadmap-columns">
            {HORIZONS.map((horizon) => (
              <RoadmapColumn
                key={horizon}
                horizon={horizon}
                items={columns[horizon]}
                count={counts[horizon]}
              />
            ))}
          </div>
        </DndContext>
      )}
    </div>
  );
}
