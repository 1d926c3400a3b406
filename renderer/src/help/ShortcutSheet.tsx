/**
 * Every keyboard shortcut on one sheet (? or Ctrl/Cmd+/): the commands' keys, read from the
 * registry so the sheet can never disagree with what the keys do, then the keys of each place.
 */
import './help.css';
import { COMMANDS, MENU_TITLES, menuOf, offeredIn, type MenuPlace } from '../../../shared/commands';
import { formatKeys } from '../../../shared/commands/keys';
import { commandKeys, commandLabel } from '../commands/presentation';
import { IS_MAC } from '../platform/keys';
import { platform } from '../platform';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import { CONTEXT_KEYS } from './context-keys';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="keys-or"> or </span>}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}

function KeyTable({ title, rows }: { title: string; rows: { does: string; keys: string[] }[] }) {
  return (
    <table className="keys-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.does}>
            <th scope="row">{row.does}</th>
            <td>
              <Keys keys={row.keys} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The commands that have keys here, by the menu they are in. */
function commandTables() {
  const menus = new Map<string, { does: string; keys: string[] }[]>();
  for (const command of COMMANDS) {
    const keys = commandKeys(command);
    if (keys.length === 0 || !offeredIn(command, platform.kind)) continue;
    const title = command.menu ? MENU_TITLES[menuOf(command.menu as MenuPlace)] : 'Other';
    menus.set(title, [...(menus.get(title) ?? []), { does: commandLabel(command), keys }]);
  }
  return [...menus].map(([title, rows]) => ({ title, rows }));
}

export function ShortcutTables() {
  return (
    <div className="keys-sheet">
      {commandTables().map((table) => (
        <KeyTable key={table.title} title={table.title} rows={table.rows} />
      ))}
      {CONTEXT_KEYS.map((group) => (
        <KeyTable
          key={group.where}
          title={group.where}
          rows={group.keys.map((key) => ({
            does: key.does,
            keys: key.keys.map((k) => formatKeys(k, IS_MAC)),
          }))}
        />
      ))}
    </div>
  );
}

export function ShortcutSheet() {
  const closeDialog = useUi((s) => s.closeDialog);
  return (
    <Modal title="Keyboard shortcuts" onClose={closeDialog} wide>
      <ShortcutTables />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}
