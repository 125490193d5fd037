import { BadRequestException } from '@nestjs/common';
import { createValidationPipe } from '@markpoint/common';
import { RESPONSE_LIMITS } from '../constants/response-limits';
import { itemResponseErrors } from '../utils/item-response-errors';
import { SaveResponseDto } from './save-response.dto';

const pipe = createValidationPipe();

/** The body through the app's global pipe: the validated DTO, or the failing fields. */
async function validate(body: unknown): Promise<{ dto?: SaveResponseDto; fields?: string[] }> {
  try {
    const dto = (await pipe.transform(body, { type: 'body', metatype: SaveResponseDto })) as SaveResponseDto;
    return { dto };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const res = error.getResponse() as { code: string; details: { field: string }[] };
    expect(res.code).toBe('VALIDATION_FAILED');
    return { fields: res.details.map((d) => d.field) };
  }
}

const VALID = [
  { type: 'SINGLE_CHOICE', optionId: 'b' },
  { type: 'MULTIPLE_RESPONSE', optionIds: ['a', 'c'] },
  { type: 'MULTIPLE_RESPONSE', optionIds: [] },
  { type: 'TRUE_FALSE', value: false },
  { type: 'ORDERING', stepIds: ['s2', 's1'] },
  { type: 'MATCHING', matches: { p1: 'Cash', p2: 'Loan' } },
  { type: 'MATCHING', matches: {} },
  { type: 'NUMERIC', value: -1250.5 },
  { type: 'SHORT_ANSWER', text: '' },
  { type: 'SHORT_ANSWER', text: 'x'.repeat(RESPONSE_LIMITS.shortAnswerLength) },
  { type: 'EXTENDED_RESPONSE', text: 'x'.repeat(RESPONSE_LIMITS.extendedResponseLength) },
];

const long = (n: number) => 'x'.repeat(n + 1);
const MALFORMED: [string, unknown, string][] = [
  // The bodies.
  ['a number for a short answer', { type: 'SHORT_ANSWER', text: 123 }, 'response.text'],
  ['an object for optionIds', { type: 'MULTIPLE_RESPONSE', optionIds: { 0: 'a' } }, 'response.optionIds'],
  ['null matches', { type: 'MATCHING', matches: null }, 'response.matches'],
  ['a missing optionId', { type: 'SINGLE_CHOICE' }, 'response.optionId'],
  ['a missing text', { type: 'EXTENDED_RESPONSE' }, 'response.text'],
  ['a missing value', { type: 'NUMERIC' }, 'response.value'],
  ['missing stepIds', { type: 'ORDERING' }, 'response.stepIds'],
  // The same, field by field.
  ['a string for a true/false value', { type: 'TRUE_FALSE', value: 'true' }, 'response.value'],
  ['a string for a number', { type: 'NUMERIC', value: '12' }, 'response.value'],
  ['a number in optionIds', { type: 'MULTIPLE_RESPONSE', optionIds: ['a', 2] }, 'response.optionIds'],
  ['a string for stepIds', { type: 'ORDERING', stepIds: 's1,s2' }, 'response.stepIds'],
  ['a number as a match', { type: 'MATCHING', matches: { p1: 7 } }, 'response.matches'],
  ['a list for matches', { type: 'MATCHING', matches: ['Cash'] }, 'response.matches'],
  ['an empty optionId', { type: 'SINGLE_CHOICE', optionId: '' }, 'response.optionId'],
  ['an unknown type', { type: 'ESSAY', text: 'x' }, 'response.type'],
  ['no type', { optionId: 'b' }, 'response.type'],
  ['an unknown field', { type: 'TRUE_FALSE', value: true, extra: 1 }, 'response.extra'],
  ['a string response', 'b', 'response'],
  ['a list response', [{ type: 'TRUE_FALSE', value: true }], 'response'],
  ['a null response', null, 'response'],
  // Bounds.
  [
    'a long short answer',
    { type: 'SHORT_ANSWER', text: long(RESPONSE_LIMITS.shortAnswerLength) },
    'response.text',
  ],
  [
    'a long extended response',
    { type: 'EXTENDED_RESPONSE', text: long(RESPONSE_LIMITS.extendedResponseLength) },
    'response.text',
  ],
  [
    'a long option id',
    { type: 'SINGLE_CHOICE', optionId: long(RESPONSE_LIMITS.idLength) },
    'response.optionId',
  ],
  [
    'too many options',
    {
      type: 'MULTIPLE_RESPONSE',
      optionIds: Array.from({ length: RESPONSE_LIMITS.listLength + 1 }, (_, i) => `o${i}`),
    },
    'response.optionIds',
  ],
  [
    'too many steps',
    { type: 'ORDERING', stepIds: Array.from({ length: RESPONSE_LIMITS.listLength + 1 }, (_, i) => `s${i}`) },
    'response.stepIds',
  ],
  [
    'too many matches',
    {
      type: 'MATCHING',
      matches: Object.fromEntries(
        Array.from({ length: RESPONSE_LIMITS.listLength + 1 }, (_, i) => [`p${i}`, 'a']),
      ),
    },
    'response.matches',
  ],
  [
    'a long match',
    { type: 'MATCHING', matches: { p1: long(RESPONSE_LIMITS.matchAnswerLength) } },
    'response.matches',
  ],
];

describe(SaveResponseDto.name, () => {
  it.each(VALID)('should accept %j as it is', async (response) => {
    const { dto, fields } = await validate({ response });
    expect(fields).toBeUndefined();
    expect({ ...dto?.response }).toEqual(response);
    expect(itemResponseErrors(response)).toEqual([]);
  });

  it.each(MALFORMED)('should refuse %s, naming %s', async (_case, response, field) => {
    const { fields } = await validate({ response });
    expect(fields).toContain(field);
    expect(itemResponseErrors(response).map((d) => d.field)).toContain(field);
  });

  it('should refuse a body without a response or with another field', async () => {
    expect((await validate({})).fields).toEqual(['response']);
    expect((await validate({ response: { type: 'TRUE_FALSE', value: true }, session: 'x' })).fields).toEqual([
      'session',
    ]);
  });
});
