import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ITEM_STATUSES, type ItemStatus } from '../entities/item.entity';
import { REVIEW_ACTIONS, type ReviewAction } from '../review/review-status';
import { ItemResponseDto } from './item-response.dto';

/** The most items one review request may change (one transaction, one lock per item). */
export const MAX_REVIEW_ITEMS = 500;

export class ApproveItemDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Approve even though the checker found an error in the item (refused with 409 otherwise)',
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class ReviewItemsDto extends ApproveItemDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_REVIEW_ITEMS })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_REVIEW_ITEMS)
  @IsUUID('all', { each: true })
  itemIds!: string[];

  @ApiProperty({
    enum: REVIEW_ACTIONS,
    description: 'APPROVE: quizzes draw them; DRAFT: back to review; RETIRE: never drawn again',
  })
  @IsIn(REVIEW_ACTIONS)
  action!: ReviewAction;
}

export class ReviewResultDto {
  @ApiProperty({ enum: ITEM_STATUSES, description: 'The status every listed item now has' })
  status!: ItemStatus;
  @ApiProperty({ type: [ItemResponseDto], description: 'The items, in bank order' })
  items!: ItemResponseDto[];
}
