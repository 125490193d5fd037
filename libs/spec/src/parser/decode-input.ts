import { SpecException, SpecExceptionCode } from '../exceptions/spec.exception';

export const DEFAULT_MAX_SPEC_BYTES = 256 * 1024;

// Above this share of control characters the upload is a binary file that happens to hold no NUL.
const MAX_CONTROL_CHAR_SHARE = 0.1;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Turns an upload into text, refusing what cannot be a specification: too large, binary,
 * not UTF-8, or empty. The BOM is removed; line endings are left for the parser.
 */
export function decodeSpecInput(input: string | Buffer, maxBytes = DEFAULT_MAX_SPEC_BYTES): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (size > maxBytes) {
    throw new SpecException(
      `The file is ${formatKiB(size)}, larger than the ${formatKiB(maxBytes)} limit: upload one topic per file.`,
      SpecExceptionCode.TOO_LARGE,
      [{ field: 'file', message: `${size} bytes; the limit is ${maxBytes} bytes` }],
    );
  }
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  refuseBinary(text);
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    throw new SpecException(
      'The document is empty: paste the specification text, starting with the Topic Synopsis.',
      SpecExceptionCode.EMPTY_DOCUMENT,
      [{ field: 'file', line: 1, message: 'no text' }],
    );
  }
  return withoutBom;
}

function decodeUtf8(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryInput(lineOfOffset(bytes, nul), 'it contains NUL bytes');
  try {
    // ignoreBOM keeps a BOM in the text so the caller strips it the same way for strings and buffers.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new SpecException(
      `The file is not UTF-8 text: line ${line} has characters saved in another encoding ` +
        '(often Latin-1 or Windows-1252). Save the file as UTF-8 and upload it again.',
      SpecExceptionCode.NOT_UTF8,
      [{ field: 'file', line, message: 'bytes that are not valid UTF-8' }],
    );
  }
}

function refuseBinary(text: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw binaryInput(lineOfIndex(text, nul), 'it contains NUL characters');
  let control = 0;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== LF && code !== CR && code !== 0x0c) || code === 0x7f;
    if (!isControl) continue;
    control++;
    if (firstControl < 0) firstControl = i;
  }
  if (control > 0 && control / text.length > MAX_CONTROL_CHAR_SHARE) {
    throw binaryInput(
      lineOfIndex(text, firstControl),
      `${control} of its ${text.length} characters are control codes`,
    );
  }
}

function binaryInput(line: number, reason: string): SpecException {
  return new SpecException(
    `The file is not a text document (${reason}, first on line ${line}): upload the specification as a plain-text (.txt) file.`,
    SpecExceptionCode.BINARY_INPUT,
    [{ field: 'file', line, message: reason }],
  );
}

// Splitting on line breaks is safe on raw bytes: CR and LF never occur inside a UTF-8 sequence.
function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const atEnd = i === bytes.length;
    if (!atEnd && bytes[i] !== LF && bytes[i] !== CR) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    if (!atEnd && bytes[i] === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
    line++;
  }
  return 1;
}

function lineOfOffset(bytes: Buffer, offset: number): number {
  return countLineBreaks(bytes.subarray(0, offset), (i, b) => b[i]) + 1;
}

function lineOfIndex(text: string, index: number): number {
  return countLineBreaks(text.slice(0, index), (i, t) => t.charCodeAt(i)) + 1;
}

function countLineBreaks<T extends { length: number }>(
  source: T,
  codeAt: (i: number, s: T) => number | undefined,
): number {
  let breaks = 0;
  for (let i = 0; i < source.length; i++) {
    const code = codeAt(i, source);
    if (code === LF || (code === CR && codeAt(i + 1, source) !== LF)) breaks++;
  }
  return breaks;
}

function formatKiB(bytes: number): string {
  const kib = bytes / 1024;
  return `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
}
