'use client';
// The help dialog: what the explorer shows and its keyboard shortcuts.
import { SHORTCUTS } from '../controls/use-keyboard-shortcuts';
import { useModalDialog } from './use-modal-dialog';

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Using Entente</h2>
      <p>
        The graph shows states (circles), organizations (dark rectangles) and the ties between them on the chosen date. Click a node or search for it to focus
        on its ties; the panel on the right lists them with dates and sources. Everything you set is in the address bar: copy it to share the view.
      </p>
      <h3>Keyboard shortcuts</h3>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
