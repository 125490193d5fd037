// The interchange formats: export a bank to Moodle XML, GIFT, a QTI 2.1 package or CSV, and import
// Moodle XML or GIFT back. Type mappings: docs/interchange.md.
export type { ExportBank, ExportMarkingPoint } from './export-bank';
export type { ImportError, ImportResult, ImportedItem } from './import-result';

// Moodle XML (Moodle 4.x question bank import).
export { exportMoodleXml } from './moodle-xml/export-moodle-xml';
export { importMoodleXml } from './moodle-xml/import-moodle-xml';

// GIFT (Moodle's plain-text format). ORDERING items are skipped on export.
export { exportGift, type GiftExport } from './gift/export-gift';
export { importGift } from './gift/import-gift';

// QTI 2.1 content package (zip) and its files.
export { exportQti21Package } from './qti/export-qti21';
export { qti21Files, type QtiFile } from './qti/qti-files';

// CSV for review in a spreadsheet (RFC 4180).
export { defuseFormula, exportCsv } from './csv/export-csv';

// The seed of the single numeric instance every export draws.
export { EXPORT_SEED } from './utils/numeric-instance';
