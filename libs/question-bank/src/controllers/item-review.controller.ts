import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { ItemResponseDto, toItemResponse } from '../dtos/item-response.dto';
import { ApproveItemDto, ReviewItemsDto, ReviewResultDto } from '../dtos/review-items.dto';
import { BankRestApiExceptionFilter } from '../filters/bank-rest-api-exception.filter';
import { ReviewItemsUseCase } from '../use-cases/review-items.use-case';

@ApiTags('question banks')
@Controller('banks/:bankId/items')
@UseFilters(BankRestApiExceptionFilter)
@RequireScope('author')
export class ItemReviewController {
  constructor(private readonly review: ReviewItemsUseCase) {}

  @Post('review')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve, send back to draft or retire many items at once: all of them or none',
  })
  @ApiOkResponse({ type: ReviewResultDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto, description: 'An id is not an item of this bank' })
  @ApiResponse({
    status: 409,
    type: ErrorResponseDto,
    description: 'ITEM_HAS_ERRORS: approving items the checker found errors in, without override',
  })
  async reviewMany(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Body() dto: ReviewItemsDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<ReviewResultDto> {
    const items = await this.review.execute({ tenantId: t.tenantId, bankId, ...dto });
    return { status: items[0].item.status, items: items.map(toItemResponse) };
  }

  @Post(':itemId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve an item: quizzes draw it from now on' })
  @ApiOkResponse({ type: ItemResponseDto })
  @ApiResponse({ status: 409, type: ErrorResponseDto, description: 'ITEM_HAS_ERRORS without override' })
  async approve(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() dto: ApproveItemDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<ItemResponseDto> {
    const [item] = await this.review.execute({
      tenantId: t.tenantId,
      bankId,
      itemIds: [itemId],
      action: 'APPROVE',
      override: dto.override,
    });
    return toItemResponse(item);
  }

  @Post(':itemId/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire an item: new attempts stop drawing it; its versions stay' })
  @ApiOkResponse({ type: ItemResponseDto })
  async retire(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<ItemResponseDto> {
    const [item] = await this.review.execute({
      tenantId: t.tenantId,
      bankId,
      itemIds: [itemId],
      action: 'RETIRE',
    });
    return toItemResponse(item);
  }
}
