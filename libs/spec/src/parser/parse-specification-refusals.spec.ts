import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SpecException, SpecExceptionCode } from '../exceptions/spec.exception';
import { parseSpecification, ParseSpecificationOptions } from './parse-specification';

const INVALID = resolve(__dirname, '../../../../test/fixtures/specs/invalid');
const VALID_SPEC = ['Topic Synopsis', 'A synopsis.', 'Examiner Marking Points', '- Award credit.'].join('\n');

function refusalOf(input: string | Buffer, options?: ParseSpecificationOptions): SpecException {
  try {
    parseSpecification(input, options);
  } catch (error) {
    if (error instanceof SpecException) return error;
    throw error;
  }
  throw new Error('expected the specification to be refused');
}

const fixture = (file: string): Buffer => readFileSync(join(INVALID, file));

describe(`${parseSpecification.name} refusals`, () => {
  it.each(['empty.txt', 'whitespace-only.txt'])('should refuse %s as an empty document', (file) => {
    const sut = refusalOf(fixture(file));

    expect(sut.code).toBe(SpecExceptionCode.EMPTY_DOCUMENT);
    expect(sut.message).toBe(
      'The document is empty: paste the specification text, starting with the Topic Synopsis.',
    );
  });

  it('should refuse a document holding only a BOM as empty', () => {
    expect(refusalOf(Buffer.from([0xef, 0xbb, 0xbf, 0x0a])).code).toBe(SpecExceptionCode.EMPTY_DOCUMENT);
  });

  it('should refuse binary.bin and name the line of its first NUL byte', () => {
    const sut = refusalOf(fixture('binary.bin'));

    expect(sut.code).toBe(SpecExceptionCode.BINARY_INPUT);
    expect(sut.message).toBe(
      'The file is not a text document (it contains NUL bytes, first on line 3): upload the specification as a plain-text (.txt) file.',
    );
    expect(sut.details).toEqual([{ field: 'file', line: 3, message: 'it contains NUL bytes' }]);
  });

  it('should refuse a string with a NUL character', () => {
    const sut = refusalOf(`${VALID_SPEC}\n\0`);

    expect(sut.code).toBe(SpecExceptionCode.BINARY_INPUT);
    expect(sut.details[0].line).toBe(5);
  });

  it('should refuse text with a high share of control characters', () => {
    const sut = refusalOf(Buffer.from('Topic Synopsis\n\x01\x02\x03\x04\x1b\x7f text'));

    expect(sut.code).toBe(SpecExceptionCode.BINARY_INPUT);
    expect(sut.details).toEqual([
      { field: 'file', line: 2, message: '6 of its 26 characters are control codes' },
    ]);
  });

  it('should accept an occasional control character such as a form feed or an escape', () => {
    expect(() => parseSpecification(`${VALID_SPEC}\f\n\x1b`)).not.toThrow();
  });

  it('should refuse latin1.txt as not UTF-8 and name the line of the first bad byte', () => {
    const sut = refusalOf(fixture('latin1.txt'));

    expect(sut.code).toBe(SpecExceptionCode.NOT_UTF8);
    expect(sut.message).toBe(
      'The file is not UTF-8 text: line 3 has characters saved in another encoding (often Latin-1 or Windows-1252). ' +
        'Save the file as UTF-8 and upload it again.',
    );
    expect(sut.details).toEqual([{ field: 'file', line: 3, message: 'bytes that are not valid UTF-8' }]);
  });

  it('should count CRLF and lone CR line endings when naming the bad UTF-8 line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Topic Synopsis\r\nA synopsis.\rCaf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);

    expect(refusalOf(bytes).details[0].line).toBe(3);
  });

  it('should refuse a document over 256 KiB by default', () => {
    const sut = refusalOf(`${VALID_SPEC}\n${'x'.repeat(256 * 1024)}`);

    expect(sut.code).toBe(SpecExceptionCode.TOO_LARGE);
    expect(sut.message).toBe(
      'The file is 256.1 KiB, larger than the 256 KiB limit: upload one topic per file.',
    );
  });

  it('should accept a document of exactly the limit and refuse one byte more when maxBytes is set', () => {
    const bytes = Buffer.from(VALID_SPEC);

    expect(() => parseSpecification(bytes, { maxBytes: bytes.length })).not.toThrow();
    const sut = refusalOf(bytes, { maxBytes: bytes.length - 1 });
    expect(sut.code).toBe(SpecExceptionCode.TOO_LARGE);
    expect(sut.details).toEqual([
      { field: 'file', message: `${bytes.length} bytes; the limit is ${bytes.length - 1} bytes` },
    ]);
  });

  it('should refuse no-marking-points-section.txt, listing the sections it has and the last line', () => {
    const sut = refusalOf(fixture('no-marking-points-section.txt'));

    expect(sut.code).toBe(SpecExceptionCode.NO_MARKING_POINTS_SECTION);
    expect(sut.message).toBe(
      "No 'Examiner Marking Points' section: the document has sections Topic Synopsis (line 2), " +
        'Key Concepts & Core Principles (line 4), Exam Tips & Revision Strategies (line 7), ' +
        "Common Misconceptions & Mistakes to Avoid (line 9). Add an 'Examiner Marking Points' heading " +
        "followed by one '- ' bullet per marking point.",
    );
    expect(sut.details).toEqual([
      {
        section: 'Examiner Marking Points',
        line: 10,
        message: "no 'Examiner Marking Points' heading up to the last line",
      },
    ]);
  });

  it('should say so when a document has no headings at all', () => {
    const sut = refusalOf('Just some notes about enzymes.\n\n');

    expect(sut.code).toBe(SpecExceptionCode.NO_MARKING_POINTS_SECTION);
    expect(sut.message).toMatch(
      /^No 'Examiner Marking Points' section: the document has no section headings\./,
    );
    expect(sut.details[0].line).toBe(1);
  });

  it('should refuse empty-marking-points.txt, naming the heading line and the line without a bullet', () => {
    const sut = refusalOf(fixture('empty-marking-points.txt'));

    expect(sut.code).toBe(SpecExceptionCode.NO_MARKING_POINTS);
    expect(sut.message).toBe(
      "The 'Examiner Marking Points' section (line 11) has no marking points (line 12 under it has no bullet marker): " +
        "add one '- ' bullet per marking point.",
    );
    expect(sut.details).toEqual([
      { section: 'Examiner Marking Points', line: 11, message: 'no bullet under the heading' },
      { section: 'Examiner Marking Points', line: 12, message: "not a bullet: start the line with '- '" },
    ]);
  });

  it('should refuse a marking points heading on the last line', () => {
    const sut = refusalOf('Topic Synopsis\nA synopsis.\n\nExaminer marking points:\n');

    expect(sut.code).toBe(SpecExceptionCode.NO_MARKING_POINTS);
    expect(sut.message).toBe(
      "The 'Examiner Marking Points' section (line 4) has no marking points: add one '- ' bullet per marking point.",
    );
    expect(sut.details).toEqual([
      { section: 'Examiner Marking Points', line: 4, message: 'no bullet under the heading' },
    ]);
  });

  it('should read an exact heading after an unfinished bullet as the empty section, not as wrapped text', () => {
    const sut = refusalOf(
      'Common Misconceptions\n- Believing that plants do not respire\nExaminer Marking Points\n',
    );

    expect(sut.code).toBe(SpecExceptionCode.NO_MARKING_POINTS);
    expect(sut.details[0]).toEqual({
      section: 'Examiner Marking Points',
      line: 3,
      message: 'no bullet under the heading',
    });
  });

  it('should be a SpecException with its class name, for the REST filter', () => {
    const sut = refusalOf('');

    expect(sut).toBeInstanceOf(Error);
    expect(sut.name).toBe(SpecException.name);
  });
});
