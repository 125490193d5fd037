import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UseFilters,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { AlignItemDto, CreateItemDto, UpdateItemDto } from '../dtos/author-item.dto';
import { ItemResponseDto, toItemResponse } from '../dtos/item-response.dto';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { BankRestApiExceptionFilter } from '../filters/bank-rest-api-exception.filter';
import { QuestionBankRepository } from '../repositories/question-bank.repository';
import { ITEM_STATUSES } from '../entities/item.entity';
import { AuthorItemUseCase } from '../use-cases/author-item.use-case';
import { ReviewItemsUseCase } from '../use-cases/review-items.use-case';

@ApiTags('question banks')
@Controller('banks/:bankId/items')
@UseFilters(BankRestApiExceptionFilter)
@RequireScope('author')
export class ItemsController {
  constructor(
    private readonly author: AuthorItemUseCase,
    private readonly banks: QuestionBankRepository,
    private readonly review: ReviewItemsUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Add a hand-written item; refused with the reason when it breaks a lint rule' })
  @ApiCreatedResponse({ type: ItemResponseDto })
  @ApiResponse({ status: 422, type: ErrorResponseDto, description: 'ITEM_INVALID with the failing rules' })
  async create(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Body() dto: CreateItemDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<ItemResponseDto> {
    return toItemResponse(await this.author.create(t.tenantId, bankId, dto));
  }

  @Patch(':itemId')
  @ApiOperation({
    summary:
      'Edit an item: a new version; started attempts keep the version they were given; the status stays unless given',
  })
  @ApiOkResponse({ type: ItemResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'ITEM_EDIT_CONFLICT: another edit saved first',
  })
  async update(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() dto: UpdateItemDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<ItemResponseDto> {
    return toItemResponse(await this.author.update(t.tenantId, bankId, itemId, dto));
  }

  @Delete(':itemId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Retire an item (as POST …/retire): new attempts stop drawing it; its versions stay',
  })
  @ApiNoContentResponse()
  async retire(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<void> {
    await this.review.execute({ tenantId: t.tenantId, bankId, itemIds: [itemId], action: 'RETIRE' });
  }

  @Post(':itemId/alignments')
  @ApiOperation({ summary: 'Align an item to one more marking point of the specification' })
  @ApiCreatedResponse({ type: ItemResponseDto })
  async align(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() dto: AlignItemDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<ItemResponseDto> {
    return toItemResponse(await this.author.align(t.tenantId, bankId, itemId, dto.markingPointKey));
  }

  @Get(':itemId/versions')
  @ApiOperation({ summary: "An item's versions, oldest first (retired items too)" })
  async versions(
    @Param('bankId', new ParseUUIDPipe()) bankId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @CurrentTenant() t: TenantContext,
  ) {
    const item = await this.banks.findItem(t.tenantId, bankId, itemId, ITEM_STATUSES);
    if (!item) throw new BankException(`The bank has no item ${itemId}`, BankExceptionCode.ITEM_NOT_FOUND);
    return (await this.banks.versions(itemId)).map((v) => ({
      version: v.version,
      content: v.content,
      feedback: v.feedback,
      maxScore: v.maxScore,
      findings: v.findings,
      confidence: v.confidence,
      createdAt: v.createdAt.toISOString(),
    }));
  }
}
