import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto, PageQueryDto, toPage, type Paginated } from '@markpoint/common';
import { SpecRestApiExceptionFilter } from '@markpoint/spec';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { BankPageDto, BankResponseDto, toBankResponse } from '../dtos/bank-response.dto';
import { BankQualityResponseDto } from '../dtos/bank-quality-response.dto';
import { GenerateBankDto } from '../dtos/generate-bank.dto';
import { ItemPageDto, toItemResponse, type ItemResponseDto } from '../dtos/item-response.dto';
import { ItemQueryDto } from '../dtos/item-query.dto';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { BankRestApiExceptionFilter } from '../filters/bank-rest-api-exception.filter';
import { QuestionBankRepository } from '../repositories/question-bank.repository';
import { GenerateBankUseCase } from '../use-cases/generate-bank.use-case';
import { GetBankQualityUseCase } from '../use-cases/get-bank-quality.use-case';

@ApiTags('question banks')
@Controller()
@UseFilters(BankRestApiExceptionFilter, SpecRestApiExceptionFilter)
@RequireScope('author')
export class BanksController {
  constructor(
    private readonly generate: GenerateBankUseCase,
    private readonly quality: GetBankQualityUseCase,
    private readonly banks: QuestionBankRepository,
  ) {}

  @Post('specs/:id/banks')
  @ApiOperation({
    summary:
      'Generate a question bank from a specification (latest version by default); items wait as drafts unless autoApproveAbove approves them',
  })
  @ApiCreatedResponse({ type: BankResponseDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto, description: 'No such specification or version' })
  async create(
    @Param('id', new ParseUUIDPipe()) specificationId: string,
    @Body() dto: GenerateBankDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<BankResponseDto> {
    return toBankResponse(
      await this.generate.execute({ ...dto, tenantId: tenant.tenantId, specificationId }),
    );
  }

  @Get('banks')
  @ApiOperation({ summary: 'List question banks, newest first' })
  @ApiOkResponse({ type: BankPageDto })
  async list(
    @Query() query: PageQueryDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<Paginated<BankResponseDto>> {
    const [rows, total] = await this.banks.list(tenant.tenantId, query);
    return toPage(rows.map(toBankResponse), total, query);
  }

  @Get('banks/:id')
  @ApiOperation({ summary: 'A question bank' })
  @ApiOkResponse({ type: BankResponseDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<BankResponseDto> {
    const bank = await this.banks.findById(tenant.tenantId, id);
    if (!bank) throw new BankException(`No question bank has the id ${id}`, BankExceptionCode.BANK_NOT_FOUND);
    return toBankResponse(bank);
  }

  @Get('banks/:id/items')
  @ApiOperation({
    summary:
      "A bank's items with keys, feedback, status and checker findings, filtered by marking point, type and status, paged",
  })
  @ApiOkResponse({ type: ItemPageDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto })
  async items(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ItemQueryDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<Paginated<ItemResponseDto>> {
    const bank = await this.banks.findById(tenant.tenantId, id);
    if (!bank) throw new BankException(`No question bank has the id ${id}`, BankExceptionCode.BANK_NOT_FOUND);
    const [rows, total] = await this.banks.items(tenant.tenantId, id, query);
    const filters = (['markingPoint', 'type', 'status'] as const)
      .filter((k) => query[k])
      .map((k) => `&${k}=${query[k]}`)
      .join('');
    return toPage(rows.map(toItemResponse), total, query, filters);
  }

  @Get('banks/:id/quality')
  @ApiOperation({
    summary: 'Lint findings and marking-point coverage of the bank as it is now, and its items by status',
  })
  @ApiOkResponse({ type: BankQualityResponseDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto })
  async getQuality(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<BankQualityResponseDto> {
    return this.quality.execute({ tenantId: tenant.tenantId, bankId: id });
  }
}
