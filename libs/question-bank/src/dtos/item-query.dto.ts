import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '@markpoint/common';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import { ITEM_STATUSES, type ItemStatus } from '../entities/item.entity';

export class ItemQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A marking point key', example: 'mp-3f2a9c01d4' })
  @IsOptional()
  @Matches(/^mp-[0-9a-f]{10}$/, { message: 'markingPoint must be a marking point key such as mp-3f2a9c01d4' })
  markingPoint?: string;

  @ApiPropertyOptional({ enum: ITEM_TYPES })
  @IsOptional()
  @IsIn(ITEM_TYPES)
  type?: ItemType;

  @ApiPropertyOptional({
    enum: ITEM_STATUSES,
    description: 'One status; DRAFT and APPROVED items by default',
  })
  @IsOptional()
  @IsIn(ITEM_STATUSES)
  status?: ItemStatus;
}
