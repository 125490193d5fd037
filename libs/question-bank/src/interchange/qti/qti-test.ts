import type { ExportBank } from '../export-bank';
import type { MarkingPointGroup } from '../utils/group-items';
import { shortText } from '../utils/short-text';
import { buildXmlDocument, el } from '../utils/xml-node';
import { itemScoreMaximum } from './qti-item';
import { ncName, outcome, QTI_NAMESPACE, QTI_SCHEMA_LOCATION, XSI_NAMESPACE } from './qti-xml';

const TITLE_LENGTH = 80;

export const TEST_PATH = 'assessmentTest.xml';

// The item's path inside the package, as the test and the manifest refer to it.
export function itemPath(id: string): string {
  return `items/${id}.xml`;
}

// The assessmentTest: one testPart with a section per marking point referencing its items. The
// test's SCORE sums the items' SCOREs, each weighted by its marks where its SCORE runs 0–1.
export function qtiTestXml(bank: ExportBank, groups: readonly MarkingPointGroup[]): string {
  const total = groups.flatMap((group) => group.items).reduce((sum, { item }) => sum + item.maxScore, 0);
  const sections = groups.map((group) =>
    el(
      'assessmentSection',
      {
        identifier: ncName('S_', group.key ?? 'no-marking-point'),
        title: shortText(
          group.markingPoint?.text ?? group.key ?? 'Items without a marking point',
          TITLE_LENGTH,
        ),
        visible: 'true',
      },
      ...group.items.map(({ item, id }) => {
        const weight = item.maxScore / itemScoreMaximum(item.content, item.maxScore);
        return el(
          'assessmentItemRef',
          { identifier: id, href: itemPath(id) },
          weight !== 1 && el('weight', { identifier: 'W', value: weight }),
        );
      }),
    ),
  );
  return buildXmlDocument(
    el(
      'assessmentTest',
      {
        xmlns: QTI_NAMESPACE,
        'xmlns:xsi': XSI_NAMESPACE,
        'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
        identifier: 'T_bank',
        title: shortText(bank.title, TITLE_LENGTH),
      },
      outcome('SCORE', 0),
      outcome('MAXSCORE', total),
      el(
        'testPart',
        { identifier: 'P_1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' },
        // A testPart needs a section even when the bank is empty.
        sections.length > 0
          ? sections
          : el('assessmentSection', { identifier: 'S_empty', title: 'No items', visible: 'true' }),
      ),
      el(
        'outcomeProcessing',
        null,
        el(
          'setOutcomeValue',
          { identifier: 'SCORE' },
          el('sum', null, el('testVariables', { variableIdentifier: 'SCORE', weightIdentifier: 'W' })),
        ),
      ),
    ),
  );
}
