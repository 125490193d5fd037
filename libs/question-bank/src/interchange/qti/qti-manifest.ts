import type { MarkingPointGroup } from '../utils/group-items';
import { buildXmlDocument, el, textEl } from '../utils/xml-node';
import { itemPath, TEST_PATH } from './qti-test';
import { XSI_NAMESPACE } from './qti-xml';

const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';

// imsmanifest.xml (IMS Content Packaging 1.1): the test as an `imsqti_test_xmlv2p1` resource that
// depends on each item, each item an `imsqti_item_xmlv2p1` resource with its file.
export function manifestXml(groups: readonly MarkingPointGroup[]): string {
  const ids = groups.flatMap((group) => group.items.map((item) => item.id));
  const resource = (identifier: string, type: string, href: string, ...extra: ReturnType<typeof el>[]) =>
    el('resource', { identifier, type, href }, el('file', { href }), ...extra);
  return buildXmlDocument(
    el(
      'manifest',
      {
        xmlns: CP_NAMESPACE,
        'xmlns:xsi': XSI_NAMESPACE,
        'xsi:schemaLocation': `${CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`,
        identifier: 'M_markpoint_bank',
      },
      el('metadata', null, textEl('schema', 'QTIv2.1 Package'), textEl('schemaversion', '1.0.0')),
      el('organizations', null),
      el(
        'resources',
        null,
        resource(
          'R_test',
          'imsqti_test_xmlv2p1',
          TEST_PATH,
          ...ids.map((id) => el('dependency', { identifierref: `R_${id}` })),
        ),
        ...ids.map((id) => resource(`R_${id}`, 'imsqti_item_xmlv2p1', itemPath(id))),
      ),
    ),
  );
}
