import type { ExportBank } from '../export-bank';
import { categoryPath } from '../utils/categories';
import { groupByMarkingPoint, type MarkingPointGroup } from '../utils/group-items';
import { textToHtml } from '../utils/html';
import { cdata, comment, el, textEl, buildXmlDocument, type XmlNode } from '../utils/xml-node';
import { moodleQuestion } from './moodle-question';

/**
 * The bank as Moodle XML, the format Moodle 4.x's question bank imports: a category per marking
 * point under `$course$/top/<topic>`, then that marking point's items. See docs/interchange.md for
 * how each item type maps; numeric items are exported as one fixed instance.
 */
export function exportMoodleXml(bank: ExportBank): string {
  const groups = groupByMarkingPoint(bank);
  return buildXmlDocument(
    el(
      'quiz',
      null,
      comment(`Markpoint bank "${bank.title}" (${bank.items.length} items), exported as Moodle XML`),
      category(categoryPath(bank.topic), bank.topic, null),
      groups.flatMap((group) => [groupCategory(bank, group), ...group.items.map(moodleQuestion)]),
    ),
  );
}

function groupCategory(bank: ExportBank, group: MarkingPointGroup): XmlNode {
  if (group.key === null) return category(categoryPath(bank.topic), bank.topic, null);
  const point = group.markingPoint;
  const info = point ? `${point.text} (specification line ${point.line})` : group.key;
  return category(categoryPath(bank.topic, { key: group.key, text: point?.text }), info, group.key);
}

function category(path: string, info: string, idnumber: string | null): XmlNode {
  return el(
    'question',
    { type: 'category' },
    el('category', null, textEl('text', path)),
    el('info', { format: 'html' }, el('text', null, cdata(textToHtml(info)))),
    idnumber !== null && textEl('idnumber', idnumber),
  );
}
