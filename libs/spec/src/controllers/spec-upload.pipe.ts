import { Injectable, PipeTransform } from '@nestjs/common';
import { createValidationPipe } from '@markpoint/common';
import { IngestSpecificationDto } from '../dtos/ingest-specification.dto';

/** A specification arrives as `text/plain` or as JSON `{ title?, text }`; both leave as the DTO. */
@Injectable()
export class SpecUploadPipe implements PipeTransform<unknown, Promise<IngestSpecificationDto>> {
  private readonly validation = createValidationPipe();

  async transform(value: unknown): Promise<IngestSpecificationDto> {
    const body = typeof value === 'string' ? { text: value } : value;
    return (await this.validation.transform(body, {
      type: 'body',
      metatype: IngestSpecificationDto,
    })) as IngestSpecificationDto;
  }
}
