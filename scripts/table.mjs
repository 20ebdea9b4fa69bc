// @ts-check
// The plain-text tables that `npm run bench` and the size scripts print.

/**
 * `head` and `rows` (arrays of strings) as aligned columns two spaces apart, each as wide as its widest cell. The
 * columns in `text` (indexes) are left-aligned, the others (figures) right-aligned. `rule` puts a dashed line under
 * the head; `head: null` leaves the head out; every line starts with `indent`.
 */
export function formatTable(head, rows, { text = [0], rule = false, indent = '' } = {}) {
  const all = head ? [head, ...rows] : rows;
  const widths = all[0].map((_, i) => Math.max(...all.map((cells) => cells[i].length)));
  const line = (cells) => `${indent}${cells.map((c, i) => (text.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`.trimEnd();
  return [...(head ? [line(head)] : []), ...(head && rule ? [`${indent}${widths.map((w) => '-'.repeat(w)).join('  ')}`] : []), ...rows.map(line)].join('\n');
}
