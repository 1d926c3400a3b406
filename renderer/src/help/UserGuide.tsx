/** The user guide (F1): topics on the left, the chosen one on the right, all offline. */
import './help.css';
import { useId, useState } from 'react';
import { commandKeys } from '../commands/presentation';
import { commandById } from '../../../shared/commands';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import { GUIDE_TOPICS } from './guide-topics';

export function UserGuide() {
  const closeDialog = useUi((s) => s.closeDialog);
  const openDialog = useUi((s) => s.openDialog);
  const [topicId, setTopicId] = useState(GUIDE_TOPICS[0]?.id ?? '');
  const headingId = useId();
  const topic = GUIDE_TOPICS.find((t) => t.id === topicId) ?? GUIDE_TOPICS[0];
  const [sheetKeys] = commandKeys(commandById('keyboard-shortcuts'));
  return (
    <Modal title="User guide" onClose={closeDialog} wide>
      <div className="guide">
        <nav className="guide-nav" aria-label="Topics">
          <ul>
            {GUIDE_TOPICS.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="section-nav-item"
                  aria-current={t.id === topic?.id ? 'page' : undefined}
                  onClick={() => setTopicId(t.id)}
                >
                  {t.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {topic && (
          <article className="guide-topic" aria-labelledby={headingId}>
            <h3 id={headingId}>{topic.title}</h3>
            {topic.body}
          </article>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => openDialog({ kind: 'shortcuts' })}>
          Keyboard shortcuts{sheetKeys ? ` (${sheetKeys})` : ''}
        </button>
        <button type="button" className="button button-primary" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}
