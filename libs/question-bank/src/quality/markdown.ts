/** A Markdown table; cells are escaped so a `|` or a line break in a text cannot break the row. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string[] {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell) => escapeCell(String(cell))).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- |').join('')}`, ...rows.map(line)];
}

export function escapeCell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
