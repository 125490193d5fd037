import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { BoundedIntPipe, ErrorResponseDto, PageQueryDto, toPage, type Paginated } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import {
  SpecificationPageDto,
  SpecificationResponseDto,
  toSpecificationResponse,
  toSpecificationSummary,
  type SpecificationSummaryDto,
} from '../dtos/specification-response.dto';
import { IngestSpecificationDto } from '../dtos/ingest-specification.dto';
import { SpecRestApiExceptionFilter } from '../filters/spec-rest-api-exception.filter';
import { SpecificationRepository } from '../repositories/specification.repository';
import { GetSpecificationUseCase } from '../use-cases/get-specification.use-case';
import { IngestSpecificationUseCase } from '../use-cases/ingest-specification.use-case';
import { SpecUploadPipe } from './spec-upload.pipe';

@ApiTags('specifications')
@Controller('specs')
@UseFilters(SpecRestApiExceptionFilter)
@RequireScope('author')
export class SpecificationsController {
  constructor(
    private readonly ingest: IngestSpecificationUseCase,
    private readonly getSpec: GetSpecificationUseCase,
    private readonly specs: SpecificationRepository,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Ingest a specification',
    description:
      'Send the text as `text/plain`, or JSON `{ "title"?, "text" }`. 201 with a new specification or version; ' +
      '200 when the same text is already stored (nothing changes). A document that cannot be used is refused with 422 ' +
      'naming the section and line.',
  })
  @ApiConsumes('text/plain', 'application/json')
  @ApiBody({ type: IngestSpecificationDto })
  @ApiResponse({
    status: 201,
    type: SpecificationResponseDto,
    description: 'Stored as a new specification or version',
  })
  @ApiResponse({
    status: 200,
    type: SpecificationResponseDto,
    description: 'Unchanged: the same text is the stored version',
  })
  @ApiResponse({
    status: 422,
    type: ErrorResponseDto,
    description: 'The document cannot be used (details name the line and section)',
  })
  async create(
    // Typed unknown so the global pipe leaves a text/plain string to SpecUploadPipe.
    @Body(SpecUploadPipe) body: unknown,
    @CurrentTenant() tenant: TenantContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SpecificationResponseDto> {
    const dto = body as IngestSpecificationDto;
    const result = await this.ingest.execute({ tenantId: tenant.tenantId, text: dto.text, title: dto.title });
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    return toSpecificationResponse(result);
  }

  @Get()
  @ApiOperation({ summary: 'List specifications, newest first' })
  @ApiOkResponse({ type: SpecificationPageDto })
  async list(
    @Query() query: PageQueryDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<Paginated<SpecificationSummaryDto>> {
    const [rows, total] = await this.specs.list(tenant.tenantId, query);
    return toPage(rows.map(toSpecificationSummary), total, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A specification with its marking points (latest version, or ?version=N)' })
  @ApiQuery({ name: 'version', required: false, type: Number })
  @ApiOkResponse({ type: SpecificationResponseDto })
  @ApiResponse({ status: 404, type: ErrorResponseDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
    @Query('version', new BoundedIntPipe({ min: 1, optional: true })) version?: number,
  ): Promise<SpecificationResponseDto> {
    return toSpecificationResponse(await this.getSpec.execute({ tenantId: tenant.tenantId, id, version }));
  }
}
