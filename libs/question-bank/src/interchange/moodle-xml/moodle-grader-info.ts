import type { ExtendedResponseContent, RubricCriterion } from '@markpoint/grading';
import { XMLParser } from 'fast-xml-parser';
import { escapeHtml, htmlToText } from '../utils/html';
import { criterionId } from '../utils/positional-ids';

const RUBRIC_CLASS = 'markpoint-rubric';
const GUIDANCE_CLASS = 'markpoint-guidance';
const INCORRECT_CLASS = 'markpoint-incorrect';

// The essay's information for graders: the rubric as a table (criterion, marks), the marking
// guidance, and what to tell a learner whose answer falls short (Moodle's essay has no feedback
// for a weak answer, so the grader writes it). Classes mark each part for the importer.
export function graderInfoHtml(content: ExtendedResponseContent, incorrectFeedback: string): string {
  const rows = content.rubric
    .map((criterion) => `<tr><td>${htmlLines(criterion.description)}</td><td>${criterion.marks}</td></tr>`)
    .join('');
  return [
    `<table class="${RUBRIC_CLASS}"><thead><tr><th>Criterion</th><th>Marks</th></tr></thead><tbody>${rows}</tbody></table>`,
    `<h4>Guidance</h4><p class="${GUIDANCE_CLASS}">${htmlLines(content.guidance)}</p>`,
    incorrectFeedback
      ? `<h4>Feedback when the answer falls short</h4><p class="${INCORRECT_CLASS}">${htmlLines(incorrectFeedback)}</p>`
      : '',
  ].join('');
}

// `<br/>` rather than `<br>`: the importer reads this HTML with an XML parser.
function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br/>');
}

export interface GraderInfo {
  rubric: RubricCriterion[];
  guidance: string;
  incorrect: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  preserveOrder: true,
  parseTagValue: false,
  trimValues: false,
});

// Reads `graderInfoHtml` back. Grader information written some other way (free text, a rubric
// kept elsewhere) becomes one criterion for the whole answer worth `maxScore`, with the text as
// the guidance, so the essay still imports and a grader still sees what the author wrote.
export function readGraderInfo(html: string, maxScore: number): GraderInfo {
  const structured = readStructured(html);
  if (structured && structured.rubric.length > 0) return structured;
  return {
    rubric: [{ id: criterionId(0), description: 'The answer as a whole', marks: maxScore }],
    guidance: htmlToText(html),
    incorrect: '',
  };
}

type OrderedNode = Record<string, unknown>;

function readStructured(html: string): GraderInfo | null {
  let nodes: OrderedNode[];
  try {
    // HTML is not always XML (unclosed <br>, &nbsp;): anything the parser refuses is free text.
    nodes = parser.parse(`<root>${html}</root>`) as OrderedNode[];
  } catch {
    return null;
  }
  const all = descendants(nodes);
  const table = all.find((node) => classOf(node) === RUBRIC_CLASS);
  if (!table) return null;
  const rubric: RubricCriterion[] = [];
  for (const row of descendants([table]).filter((node) => nameOf(node) === 'tr')) {
    const cells = childrenOf(row).filter((node) => nameOf(node) === 'td');
    if (cells.length < 2) continue;
    const marks = Number(textOf(cells[1]));
    if (!Number.isFinite(marks)) return null;
    rubric.push({ id: criterionId(rubric.length), description: textOf(cells[0]), marks });
  }
  const paragraph = (className: string): string => {
    const node = all.find((candidate) => classOf(candidate) === className);
    return node ? textOf(node) : '';
  };
  return { rubric, guidance: paragraph(GUIDANCE_CLASS), incorrect: paragraph(INCORRECT_CLASS) };
}

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const children = node[nameOf(node)];
  return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

function classOf(node: OrderedNode): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.['@_class'];
}

function descendants(nodes: OrderedNode[]): OrderedNode[] {
  return nodes.flatMap((node) => [node, ...descendants(childrenOf(node))]);
}

function textOf(node: OrderedNode): string {
  return rawText(node)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

function rawText(node: OrderedNode): string {
  if (typeof node['#text'] === 'string') return node['#text'].replace(/\s+/g, ' ');
  if (nameOf(node) === 'br') return '\n';
  return childrenOf(node).map(rawText).join('');
}
