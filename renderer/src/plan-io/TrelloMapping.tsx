/** The Trello step: each list of the board gets a stage, guessed from its name. */
import { useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import type { TrelloBoardSummary } from '../../../shared/plan-file/trello';

interface TrelloMappingProps {
  summary: TrelloBoardSummary;
  onCancel: () => void;
  onContinue: (mapping: Record<string, Stage>) => void;
}

export function TrelloMapping({ summary, onCancel, onContinue }: TrelloMappingProps) {
  const [mapping, setMapping] = useState<Record<string, Stage>>(() =>
    Object.fromEntries(summary.lists.map((list) => [list.id, list.guessedStage])),
  );
  return (
    <div className="form">
      <p className="modal-note">
        “{summary.name}” has {summary.lists.length} lists. Choose the stage each list’s cards go to;
        every card becomes a product.
      </p>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Trello list</th>
            <th scope="col">Cards</th>
            <th scope="col">Stage</th>
          </tr>
        </thead>
        <tbody>
          {summary.lists.map((list) => (
            <tr key={list.id}>
              <th scope="row" className="mapping-list">
                {list.name}
                {list.closed && <span className="archived-badge">Archived</span>}
              </th>
              <td>{list.cardCount}</td>
              <td>
                <select
                  aria-label={`Stage for ${list.name}`}
                  value={mapping[list.id]}
                  onChange={(e) => setMapping({ ...mapping, [list.id]: e.target.value as Stage })}
                >
                  {STAGES.map((stage) => (
                    <option key={stage} value={stage}>
                      {STAGE_LABELS[stage]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => onContinue(mapping)}>
          Continue
        </button>
      </div>
    </div>
  );
}
