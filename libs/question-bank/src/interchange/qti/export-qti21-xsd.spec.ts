import { qti21Files } from './qti-files';
import { findQtiSchemasDir, validateQtiFiles } from './validate-qti';
import { sampleBanks } from '../testing/sample-bank';

// The official schemas live in shared/schemas beside the repository, not in it. Without them
// the test is skipped, loudly, rather than passing without validating anything.
const schemasDir = findQtiSchemasDir();
const itWithSchemas = schemasDir ? it : it.skip;
if (!schemasDir) {
  console.warn(
    'QTI XSD validation skipped: shared/schemas/qti-v2p1 was not found (set QTI_SCHEMAS_DIR to point at it).',
  );
}

describe(validateQtiFiles.name, () => {
  itWithSchemas.each(sampleBanks())(
    'should find every file of the $name bank valid against the QTI 2.1 and IMS CP 1.1 schemas',
    async ({ bank }) => {
      const files = qti21Files(bank);

      const sut = await validateQtiFiles(files, schemasDir ?? '');

      expect(sut).toEqual([]);
    },
    60_000,
  );

  itWithSchemas(
    'should report a schema error with its file and line',
    async () => {
      const [manifest, test, item] = qti21Files(sampleBanks()[0].bank);
      const broken = { path: item.path, xml: item.xml.replace('maxChoices="1"', 'maxChoices="one"') };

      const sut = await validateQtiFiles([manifest, test, broken], schemasDir ?? '');

      expect(sut[0]).toMatchObject({ file: broken.path, line: expect.any(Number) as number });
      expect(sut[0]?.message).toContain("attribute 'maxChoices'");
    },
    60_000,
  );
});
