/**
 * The product's feedback: what customers said, where, and which backlog item it supports;
 * pasting many notes at once; and closing the loop with the customers once an item ships.
 */
import '../backlog/backlog.css';
import './feedback.css';
import { ClipboardPaste, FileSpreadsheet } from 'lucide-react';
import { useState } from 'react';
import type { Product } from '../../../../shared/domain/product';
import { useBacklogItems } from '../../db/backlog-items';
import { useFeedback } from '../../db/feedback';
import { AddFeedbackForm } from './AddFeedbackForm';
import { runAppCommand } from '../../commands/app-commands';
import { FeedbackList } from './FeedbackList';
import { PasteFeedbackDialog } from './PasteFeedbackDialog';
import { ShippedFollowUps } from './ShippedFollowUps';

export function FeedbackSection({ product }: { product: Product }) {
  const backlogItems = useBacklogItems(product.id);
  const feedback = useFeedback(product.id);
  const [pasting, setPasting] = useState(false);

  return (
    <section className="workspace-section feedback" aria-labelledby="section-feedback">
      <div className="section-heading-row">
        <h2 id="section-feedback">Feedback</h2>
        <span className="section-heading-actions">
          <button
            type="button"
            className="button"
            onClick={() => void runAppCommand('import-feedback-csv')}
          >
            <FileSpreadsheet size={15} aria-hidden="true" />
            Import CSV…
          </button>
          <button type="button" className="button" onClick={() => setPasting(true)}>
            <ClipboardPaste size={15} aria-hidden="true" />
            Paste many…
          </button>
        </span>
      </div>
      <ShippedFollowUps backlogItems={backlogItems} feedback={feedback} />
      <AddFeedbackForm productId={product.id} backlogItems={backlogItems ?? []} />
      {feedback !== undefined && backlogItems !== undefined && (
        <FeedbackList feedback={feedback} backlogItems={backlogItems} />
      )}
      {pasting && (
        <PasteFeedbackDialog
          productId={product.id}
          backlogItems={backlogItems ?? []}
          onClose={() => setPasting(false)}
        />
      )}
    </section>
  );
}
