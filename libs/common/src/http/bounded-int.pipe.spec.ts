import { BadRequestException } from '@nestjs/common';
import { BoundedIntPipe, INT4_MAX } from './bounded-int.pipe';

describe(BoundedIntPipe.name, () => {
  const param = { type: 'param' as const, data: 'position' };

  it('should accept integers in range, as strings or as numbers the global pipe already converted', () => {
    const sut = new BoundedIntPipe();
    expect(sut.transform('3', param)).toBe(3);
    expect(sut.transform(3, param)).toBe(3);
    expect(sut.transform(String(INT4_MAX), param)).toBe(INT4_MAX);
  });

  it.each(['2147483648', '99999999999999999999', '-1', '1.5', 'abc', '', 1e20, NaN])(
    'should refuse %p with 400 naming the parameter',
    (value) => {
      const sut = new BoundedIntPipe();
      expect(() => sut.transform(value, param)).toThrow(BadRequestException);
      try {
        sut.transform(value, param);
      } catch (error) {
        expect((error as BadRequestException).getResponse()).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: [{ field: 'params.position' }],
        });
      }
    },
  );

  it('should let an optional query parameter be absent', () => {
    expect(
      new BoundedIntPipe({ optional: true }).transform(undefined, { type: 'query', data: 'version' }),
    ).toBeUndefined();
  });
});
