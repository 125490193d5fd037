import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UseFilters,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { ErrorResponseDto } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { BankRestApiExceptionFilter } from '../filters/bank-rest-api-exception.filter';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import {
  BankInterchangeUseCase,
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  type ExportFormat,
  type ImportFormat,
} from '../use-cases/bank-interchange.use-case';

export class ExportQueryDto {
  @IsIn(EXPORT_FORMATS) format!: ExportFormat;
}

export class ImportQueryDto {
  @IsIn(IMPORT_FORMATS) format!: ImportFormat;
}

@ApiTags('question banks')
@Controller('banks')
@UseFilters(BankRestApiExceptionFilter)
@RequireScope('author')
export class BankInterchangeController {
  constructor(private readonly interchange: BankInterchangeUseCase) {}

  @Get(':id/export')
  @ApiOperation({
    summary: 'Export a bank: Moodle XML, GIFT, a QTI 2.1 package (zip) or CSV',
    description:
      'Items a format cannot hold are listed in the X-Markpoint-Skipped header (GIFT has no ordering questions).',
  })
  @ApiQuery({ name: 'format', enum: EXPORT_FORMATS })
  @ApiProduces('application/xml', 'text/plain', 'application/zip', 'text/csv')
  async export(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportQueryDto,
    @CurrentTenant() t: TenantContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.interchange.export(t.tenantId, id, query.format);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('X-Markpoint-Skipped', String(file.skipped.length));
    if (file.skipped.length) {
      res.setHeader(
        'X-Markpoint-Skipped-Items',
        file.skipped.map((s) => `${s.position}:${s.type}`).join(','),
      );
    }
    return new StreamableFile(Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body, 'utf8'), {
      type: file.contentType,
    });
  }

  @Post(':id/import')
  @ApiOperation({
    summary: 'Import GIFT or Moodle XML into a bank: every question or none',
    description:
      'Questions are aligned to the marking point their category (mp-…) or tag (mp:…) names, or left unaligned. A refusal lists each question with its line and reason.',
  })
  @ApiQuery({ name: 'format', enum: IMPORT_FORMATS })
  @ApiConsumes('text/plain', 'application/xml')
  @ApiBody({ schema: { type: 'string' } })
  @ApiResponse({ status: 201, description: '{ imported, unaligned }' })
  @ApiResponse({
    status: 422,
    type: ErrorResponseDto,
    description: 'IMPORT_REFUSED, with line and reason per question',
  })
  async import(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ImportQueryDto,
    // Typed unknown: the text body must reach here untouched by the global pipe.
    @Body() body: unknown,
    @CurrentTenant() t: TenantContext,
  ): Promise<{ imported: number; unaligned: number }> {
    if (typeof body !== 'string' || body.trim() === '') {
      throw new BankException(
        'Send the file as the request body (text/plain or application/xml)',
        BankExceptionCode.IMPORT_REFUSED,
      );
    }
    return this.interchange.import(t.tenantId, id, query.format, body);
  }
}
