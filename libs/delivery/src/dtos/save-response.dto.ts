import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import type { ItemResponse } from '@markpoint/grading';
import { LEARNER_RESPONSE_SUBTYPES, LearnerResponseDto } from './learner-response.dto';

@ApiExtraModels(...LEARNER_RESPONSE_SUBTYPES.map((s) => s.value))
export class SaveResponseDto {
  @ApiProperty({
    description: "The response, by item type (its `type` must be the item's type)",
    oneOf: LEARNER_RESPONSE_SUBTYPES.map((s) => ({ $ref: getSchemaPath(s.value) })),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(LEARNER_RESPONSE_SUBTYPES.map((s) => [s.name, getSchemaPath(s.value)])),
    },
    example: { type: 'SINGLE_CHOICE', optionId: 'b' },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => LearnerResponseDto, {
    discriminator: { property: 'type', subTypes: LEARNER_RESPONSE_SUBTYPES },
    keepDiscriminatorProperty: true,
  })
  response!: ItemResponse;
}
