import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { memoryPages, validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { QtiFile } from './qti-files';

const SCHEMAS = join('shared', 'schemas', 'qti-v2p1');
const ITEM_SCHEMA = 'qtiv2p1/imsqti_v2p1.xsd';
const MANIFEST_SCHEMA = 'imscp_v1p1.xsd';

export interface QtiValidationError {
  file: string;
  line: number | null;
  message: string;
}

// The folder of the official QTI 2.1 schemas: `QTI_SCHEMAS_DIR` when set, otherwise the first
// `shared/schemas/qti-v2p1` found going up from here (it sits beside the repository). Null when
// there is none.
export function findQtiSchemasDir(start: string = __dirname): string | null {
  const configured = process.env['QTI_SCHEMAS_DIR'];
  if (configured) return existsSync(configured) ? configured : null;
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, SCHEMAS, ITEM_SCHEMA))) return join(directory, SCHEMAS);
    if (dirname(directory) === directory) return null;
  }
}

// Validates a QTI package's files with libxml2 (xmllint compiled to WebAssembly): the manifest
// against IMS CP 1.1, the test and items against QTI 2.1. Returns every schema error; an empty
// list means the package is valid.
export async function validateQtiFiles(
  files: readonly QtiFile[],
  schemasDir: string,
): Promise<QtiValidationError[]> {
  const schemas = schemaFiles(schemasDir);
  const manifest = files.filter((file) => file.path === 'imsmanifest.xml');
  const qti = files.filter((file) => file.path !== 'imsmanifest.xml');
  const results = await Promise.all([
    validate(manifest, MANIFEST_SCHEMA, schemas),
    validate(qti, ITEM_SCHEMA, schemas),
  ]);
  return results.flat();
}

async function validate(
  files: readonly QtiFile[],
  schemaName: string,
  schemas: readonly XMLFileInfo[],
): Promise<QtiValidationError[]> {
  if (files.length === 0) return [];
  const schema = schemas.find((file) => file.fileName === schemaName);
  if (!schema) throw new Error(`${schemaName} is missing from the schemas folder`);
  const result = await validateXML({
    xml: files.map((file) => ({ fileName: file.path, contents: file.xml })),
    schema,
    // xmllint reads the schema's imports (xml.xsd, MathML, APIP…) from its in-memory file system.
    preload: schemas.filter((file) => file !== schema),
    // The QTI schema with MathML needs more than the default 32 MiB to compile.
    maxMemoryPages: 256 * memoryPages.MiB,
  });
  return result.errors.map((error) => ({
    // xmllint closes each invalid file with an unlocated "<file> fails to validate".
    file: error.loc?.fileName ?? /^(.+) fails to validate$/.exec(error.message)?.[1] ?? '(unknown)',
    line: error.loc?.lineNumber ?? null,
    message: error.message,
  }));
}

function schemaFiles(schemasDir: string): XMLFileInfo[] {
  return xsdPaths(schemasDir).map((path) => ({
    // Relative names keep the schemas' own relative imports (../w3/xml.xsd) working.
    fileName: relative(schemasDir, path).split(sep).join('/'),
    contents: readFileSync(path, 'utf8'),
  }));
}

function xsdPaths(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return xsdPaths(path);
    return entry.name.endsWith('.xsd') ? [path] : [];
  });
}
