import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { customerServiceBank, MP_PROFIT, MP_SERVICE, sampleBanks } from '../testing/sample-bank';
import { exportQti21Package } from './export-qti21';
import { qti21Files } from './qti-files';

const NC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function unzipped(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

function itemXml(index: number): string {
  return qti21Files(customerServiceBank())[index + 2]?.xml ?? '';
}

describe(exportQti21Package.name, () => {
  it('should zip the manifest, the test and one file per item', () => {
    const bank = customerServiceBank();

    const sut = unzipped(exportQti21Package(bank));

    const paths = Object.keys(sut);
    expect(paths.slice(0, 2)).toEqual(['imsmanifest.xml', 'assessmentTest.xml']);
    expect(paths.filter((path) => /^items\/I_[0-9a-f]{12}\.xml$/.test(path))).toHaveLength(bank.items.length);
    expect(sut).toEqual(Object.fromEntries(qti21Files(bank).map((file) => [file.path, file.xml])));
  });

  it('should give the same bytes for the same bank', () => {
    const sut = exportQti21Package(customerServiceBank());

    expect(sut).toEqual(exportQti21Package(customerServiceBank()));
  });

  it.each(sampleBanks())(
    'should write well-formed XML with NCName identifiers for the $name bank',
    ({ bank }) => {
      for (const file of qti21Files(bank)) {
        expect(XMLValidator.validate(file.xml)).toBe(true);
        for (const [, identifier] of file.xml.matchAll(/ identifier="([^"]*)"/g))
          expect(identifier).toMatch(NC_NAME);
      }
    },
  );

  it('should list every file as a resource of the right type in the manifest', () => {
    const [sut, test, ...items] = qti21Files(customerServiceBank());

    expect(sut.xml).toContain(
      `<resource identifier="R_test" type="imsqti_test_xmlv2p1" href="${test?.path}">`,
    );
    for (const item of items) {
      expect(sut.xml).toContain(`type="imsqti_item_xmlv2p1" href="${item.path}">`);
      expect(sut.xml).toContain(`<file href="${item.path}"/>`);
    }
  });

  it('should give the test a section per marking point referencing its items', () => {
    const [, test] = qti21Files(customerServiceBank());
    const sections = [
      ...(test?.xml ?? '').matchAll(/<assessmentSection identifier="([^"]+)"[\s\S]*?<\/assessmentSection>/g),
    ];

    expect(sections.map((section) => section[1])).toEqual([`S_${MP_SERVICE}`, `S_${MP_PROFIT}`]);
    expect(sections.map((section) => (section[0].match(/<assessmentItemRef /g) ?? []).length)).toEqual([
      8, 8,
    ]);
  });

  it('should declare a single choice key and score it with the match_correct template', () => {
    const sut = itemXml(0);

    expect(sut).toContain(
      '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    );
    expect(sut).toMatch(/<correctResponse>\s*<value>C1<\/value>\s*<\/correctResponse>/);
    expect(sut).toContain('<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">');
    expect(sut).toContain('template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"');
  });

  it('should map multiple-response choices for partial credit with the map_response template', () => {
    const sut = itemXml(1);

    expect(sut).toContain('cardinality="multiple"');
    expect(sut).toContain('<mapping lowerBound="0" upperBound="1" defaultValue="0">');
    expect(sut).toContain('<mapEntry mapKey="C1" mappedValue="0.5"/>');
    expect(sut).toContain('<mapEntry mapKey="C2" mappedValue="-0.5"/>');
    expect(sut).toContain('template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"');
  });

  it('should use an order interaction, a match interaction with directed pairs and text entries', () => {
    expect(itemXml(3)).toContain('<orderInteraction responseIdentifier="RESPONSE" shuffle="true">');
    expect(itemXml(4)).toContain('baseType="directedPair"');
    expect(itemXml(4)).toMatch(/<value>P1 A1<\/value>/);
    expect(itemXml(5)).toContain('<equal toleranceMode="absolute" tolerance="1"');
    expect(itemXml(6)).toContain('<mapEntry mapKey="gross profit" mappedValue="1" caseSensitive="false"/>');
  });

  it('should give each matching pair a share of the score that adds up to exactly 1', () => {
    const sut = itemXml(4);

    const shares = [...sut.matchAll(/mappedValue="([^"]+)"/g)].map((match) => match[1]);
    expect(shares).toEqual(['0.333333333333', '0.333333333333', '0.333333333334']);
  });

  it('should show the extended response rubric to scorers only', () => {
    const sut = itemXml(7);

    expect(sut).toContain('<rubricBlock view="scorer">');
    expect(sut).toContain('<td>States what an SLA is</td>');
    expect(sut).toContain('<extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="15">');
    expect(sut).not.toContain('<responseProcessing');
  });
});
