import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportBank } from '../export-bank';
import { qti21Files } from './qti-files';

// A fixed date for every entry, so the same bank always gives the same bytes.
const ENTRY_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * The bank as a QTI 2.1 content package (a zip): imsmanifest.xml, assessmentTest.xml with a
 * section per marking point, and items/<id>.xml for each item. Every file validates against the
 * official QTI 2.1 and IMS CP 1.1 schemas.
 */
export function exportQti21Package(bank: ExportBank): Uint8Array {
  const entries: Zippable = {};
  for (const file of qti21Files(bank)) entries[file.path] = [strToU8(file.xml), { mtime: ENTRY_DATE }];
  return zipSync(entries, { level: 6 });
}
