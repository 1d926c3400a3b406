/**
 * The space that stands in for rows a long list or table does not draw (see useVirtualRows).
 * Hidden from assistive technology: it is no row of the table, nor item of the list.
 */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

export function SpacerItem({ height }: { height: number }) {
  if (height <= 0) return null;
  return <li aria-hidden="true" className="virtual-spacer" style={{ height, flexShrink: 0 }} />;
}
