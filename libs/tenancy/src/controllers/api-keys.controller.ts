import { Body, Controller, Delete, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '@markpoint/common';
import { RequireScope } from '../auth/auth-metadata';
import { CurrentTenant, type TenantContext } from '../context/current-tenant.decorator';
import {
  ApiKeyResponseDto,
  CreateApiKeyDto,
  CreatedApiKeyResponseDto,
  toApiKeyResponse,
} from '../dtos/api-key.dto';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import { CreateApiKeyUseCase } from '../use-cases/create-api-key.use-case';

@ApiTags('api keys')
@Controller('keys')
@RequireScope('admin')
export class ApiKeysController {
  constructor(
    private readonly createKey: CreateApiKeyUseCase,
    private readonly keys: ApiKeyRepository,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key for this organisation; the key is shown once' })
  @ApiCreatedResponse({ type: CreatedApiKeyResponseDto })
  async create(
    @Body() dto: CreateApiKeyDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<CreatedApiKeyResponseDto> {
    const { entity, key } = await this.createKey.execute({
      tenantId: tenant.tenantId,
      name: dto.name,
      scopes: dto.scopes,
    });
    return { ...toApiKeyResponse(entity), key };
  }

  @Get()
  @ApiOperation({ summary: "List this organisation's API keys (prefixes only)" })
  @ApiOkResponse({ type: [ApiKeyResponseDto] })
  async list(@CurrentTenant() tenant: TenantContext): Promise<ApiKeyResponseDto[]> {
    return (await this.keys.listForTenant(tenant.tenantId)).map(toApiKeyResponse);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiOkResponse({ type: ApiKeyResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async revoke(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<ApiKeyResponseDto> {
    const key = await this.keys.revoke(tenant.tenantId, id);
    if (!key)
      throw new NotFoundException({ code: 'API_KEY_NOT_FOUND', message: `No API key has the id ${id}` });
    return toApiKeyResponse(key);
  }
}
