// One question's lines in a GIFT file: the blocks between blank lines, comments apart.
export interface GiftBlock {
  // 1-based line of the block's first line that is not a comment.
  line: number;
  // The `//` lines, as written.
  comments: string[];
  // The other lines joined with `\n`, trimmed; empty for a block of comments only.
  text: string;
}

// Splits GIFT text as Moodle does: blank lines end a question, `//` lines are comments.
export function giftBlocks(source: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: { line: number; comments: string[]; lines: string[] } | null = null;
  const close = (): void => {
    if (current)
      blocks.push({ line: current.line, comments: current.comments, text: current.lines.join('\n').trim() });
    current = null;
  };
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') return close();
      current ??= { line: 0, comments: [], lines: [] };
      if (line.startsWith('//')) {
        current.comments.push(line);
      } else {
        if (current.lines.length === 0) current.line = index + 1;
        current.lines.push(line);
      }
    });
  close();
  return blocks.filter((block) => block.text !== '');
}
