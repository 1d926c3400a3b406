/** What the KPI section's buttons do: each write is undoable and says what happened. */
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { formatKpiValue } from '../../../../shared/domain/kpi';
import type { Kpi, KpiValue } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  createKpi,
  deleteKpi,
  deleteKpiValue,
  recordKpiValue,
  updateKpi,
  updateKpiValue,
  type KpiDraft,
  type KpiValueDraft,
} from '../../db/kpis';
import { useUi } from '../../store';

const say = (message: string) => useUi.getState().announce(message);

export async function addKpi(productId: string, draft: KpiDraft): Promise<boolean> {
  const done = await perform(`Add KPI ${draft.name}`, () => createKpi(db, productId, draft));
  if (done) say(`Added the KPI ${draft.name}.`);
  return done;
}

export async function editKpi(kpi: Kpi, draft: KpiDraft): Promise<boolean> {
  const done = await perform(`Edit KPI ${draft.name}`, () => updateKpi(db, kpi.id, draft));
  if (done) say(`Saved the KPI ${draft.name}.`);
  return done;
}

export async function removeKpi(kpi: Kpi): Promise<boolean> {
  const done = await perform(`Delete KPI ${kpi.name}`, () => deleteKpi(db, kpi.id));
  if (done) useUi.getState().showToast(`Deleted the KPI “${kpi.name}” and its values.`, true);
  return done;
}

export async function addKpiValue(kpi: Kpi, draft: KpiValueDraft): Promise<boolean> {
  const shown = `${formatKpiValue(draft.value, kpi.unit)} on ${formatCalendarDate(draft.date)}`;
  const done = await perform(`Record ${kpi.name} ${shown}`, () =>
    recordKpiValue(db, kpi.id, draft),
  );
  if (done) say(`Recorded ${kpi.name}: ${shown}.`);
  return done;
}

export async function editKpiValue(
  kpi: Kpi,
  value: KpiValue,
  draft: KpiValueDraft,
): Promise<boolean> {
  const done = await perform(`Edit a value of ${kpi.name}`, () =>
    updateKpiValue(db, value.id, draft),
  );
  if (done) say(`Saved ${kpi.name}: ${formatKpiValue(draft.value, kpi.unit)}.`);
  return done;
}

export async function removeKpiValue(kpi: Kpi, value: KpiValue): Promise<boolean> {
  const shown = `${formatKpiValue(value.value, kpi.unit)} on ${formatCalendarDate(value.date)}`;
  const done = await perform(`Delete ${kpi.name} ${shown}`, () => deleteKpiValue(db, value.id));
  if (done) useUi.getState().showToast(`Deleted ${kpi.name}: ${shown}.`, true);
  return done;
}
