/**
 * A stakeholder update in one action: choose the product (or the whole portfolio) and the
 * period, read the update as it will paste, then copy it (as formatted text and as Markdown at
 * once) or save it as a Markdown or HTML file. Made from a snapshot of the plan taken when
 * the dialog opens and when another product is chosen, in the user's region, for today.
 */
import './update.css';
import { Copy, FileDown } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { fileNameStem } from '../../../../shared/domain/file-names';
import type { Product } from '../../../../shared/domain/product';
import {
  renderStakeholderUpdate,
  updateHtmlDocument,
} from '../../../../shared/plan-file/stakeholder-render';
import {
  UPDATE_PERIODS,
  UPDATE_PERIOD_LABELS,
  type UpdatePeriod,
} from '../../../../shared/plan-file/stakeholder-update';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { currentRegionSettings } from '../../store/region';
import { db } from '../../db';
import { snapshotPlan, snapshotProduct } from '../../db/plan-snapshot';
import { platform } from '../../platform';
import { useUi } from '../../store';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { useToday } from '../../ui/useToday';

const PORTFOLIO = '';

/**
 * What the update is made of, as it is when the dialog opens or the scope changes: the whole
 * plan for the portfolio, a product's part of it for a product (a whole plan of thousands of
 * products takes seconds to read); null once the plan is known to be gone. `shown` is the
 * scope's own, undefined while it is read; `last` is the last one read, whatever its scope,
 * which lists every product to choose from meanwhile.
 */
function useUpdateSnapshot(planId: string | null, scope: string) {
  const [read, setRead] = useState<{ key: string; file: PlanFile | null }>();
  const key = `${planId ?? ''}\n${scope}`;
  useEffect(() => {
    let live = true;
    const reading =
      planId === null
        ? Promise.resolve(null)
        : scope === PORTFOLIO
          ? snapshotPlan(db, planId)
          : snapshotProduct(db, planId, scope);
    void reading.then((file) => live && setRead({ key, file }));
    return () => {
      live = false;
    };
  }, [planId, scope, key]);
  return { shown: read?.key === key ? read.file : undefined, last: read?.file };
}

export function StakeholderUpdateDialog({ productId }: { productId: string | null }) {
  const closeDialog = useUi((s) => s.closeDialog);
  const today = useToday();
  const [scope, setScope] = useState(productId ?? PORTFOLIO);
  const { shown: file, last } = useUpdateSnapshot(
    useUi((s) => s.currentPlanId),
    scope,
  );
  const [period, setPeriod] = useState<UpdatePeriod>('week');
  const [status, setStatus] = useState<string | null>(null);
  const { region, weekStart } = currentRegionSettings();

  const rendered = useMemo(
    () =>
      file
        ? renderStakeholderUpdate(file, {
            productId: scope === PORTFOLIO ? null : scope,
            today,
            period,
            weekStart,
            locale: region,
          })
        : null,
    [file, scope, today, period, weekStart, region],
  );
  const products: Product[] = (last?.products ?? []).filter((p) => !p.archived || p.id === scope);

  async function copy() {
    if (!rendered) return;
    const done = await platform.copyRichText(rendered.markdown, rendered.html);
    setStatus(
      done
        ? 'Copied. Paste it into an email or a document.'
        : 'Could not copy: this window may not use the clipboard. Save it as a file instead.',
    );
  }

  async function save(kind: 'markdown' | 'html') {
    if (!rendered) return;
    const result = await platform.saveFile({
      kind,
      // "Ledger: status update" names the file "Ledger – status update 2026-12-03".
      suggestedName: fileNameStem(`${rendered.title.replace(': ', ' – ')} ${today}`),
      contents: kind === 'markdown' ? rendered.markdown : updateHtmlDocument(rendered),
    });
    if (result.status === 'saved') setStatus(`Saved as “${result.fileName}”.`);
    if (result.status === 'error') setStatus(`Could not save: ${result.message}`);
  }

  return (
    <Modal title="Stakeholder update" onClose={closeDialog} wide>
      <div className="form stakeholder-update">
        <div className="form-row">
          <SelectField label="Update of" value={scope} onChange={setScope}>
            <option value={PORTFOLIO}>The whole portfolio</option>
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Period"
            value={period}
            onChange={(value) => setPeriod(value as UpdatePeriod)}
          >
            {UPDATE_PERIODS.map((choice) => (
              <option key={choice} value={choice}>
                {UPDATE_PERIOD_LABELS[choice]}
              </option>
            ))}
          </SelectField>
        </div>
        <section
          className="update-preview"
          aria-label="Preview of the update"
          aria-busy={!rendered}
          // A long update scrolls: in the tab order, keyboard users can scroll it too.
          tabIndex={0}
        >
          {rendered ? (
            // Our own markup around text escaped by the renderer (escapeHtml): nothing a user
            // typed can become markup here.
            <div
              className="update-preview-body"
              dangerouslySetInnerHTML={{ __html: rendered.html }}
            />
          ) : (
            <p className="muted">{file === null ? 'This plan no longer exists.' : 'Gathering…'}</p>
          )}
        </section>
        <p className="update-status" role="status">
          {status}
        </p>
        <div className="form-actions">
          <span className="form-actions-start">
            <button
              type="button"
              className="button"
              disabled={!rendered}
              onClick={() => void save('markdown')}
            >
              <FileDown size={15} aria-hidden="true" />
              Save as Markdown…
            </button>
            <button
              type="button"
              className="button"
              disabled={!rendered}
              onClick={() => void save('html')}
            >
              <FileDown size={15} aria-hidden="true" />
              Save as HTML…
            </button>
          </span>
          <button type="button" className="button" onClick={closeDialog}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!rendered}
            onClick={() => void copy()}
          >
            <Copy size={15} aria-hidden="true" />
            Copy update
          </button>
        </div>
      </div>
    </Modal>
  );
}
