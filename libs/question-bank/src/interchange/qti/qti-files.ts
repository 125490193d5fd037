import type { ExportBank } from '../export-bank';
import { groupByMarkingPoint } from '../utils/group-items';
import { qtiItemXml } from './qti-item';
import { manifestXml } from './qti-manifest';
import { itemPath, qtiTestXml, TEST_PATH } from './qti-test';

export interface QtiFile {
  /** The path inside the package. */
  path: string;
  xml: string;
}

/** Every file of the bank's QTI 2.1 package: the manifest, the test, then one file per item. */
export function qti21Files(bank: ExportBank): QtiFile[] {
  const groups = groupByMarkingPoint(bank);
  return [
    { path: 'imsmanifest.xml', xml: manifestXml(groups) },
    { path: TEST_PATH, xml: qtiTestXml(bank, groups) },
    ...groups.flatMap((group) =>
      group.items.map((exported) => ({ path: itemPath(exported.id), xml: qtiItemXml(exported) })),
    ),
  ];
}
