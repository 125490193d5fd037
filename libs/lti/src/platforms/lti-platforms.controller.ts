import {
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { ErrorResponseDto } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { ToolKeysService } from '../keys/tool-keys.service';
import { LtiUrls } from '../launch/lti-urls';
import { LtiTokens } from '../session/lti-tokens';
import { PlatformDirectory } from './platform-directory';
import {
  CreateLtiPlatformDto,
  LtiPlatformResponseDto,
  toPlatformResponse,
  UpdateLtiPlatformDto,
} from './lti-platform.dto';
import { LtiPlatformEntity } from './lti-platform.entity';

@ApiTags('lti')
@Controller()
@RequireScope('admin')
export class LtiPlatformsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ToolKeysService,
    private readonly tokens: LtiTokens,
    private readonly urls: LtiUrls,
    private readonly directory: PlatformDirectory,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(LtiPlatformEntity);
  }

  @Post('platforms')
  @ApiOperation({
    summary: 'Register an LMS (issuer, client id, deployments, login/token/JWKS URLs) for this organisation',
  })
  @ApiCreatedResponse({ type: LtiPlatformResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'This issuer and client id are already registered',
  })
  async create(
    @Body() dto: CreateLtiPlatformDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<LtiPlatformResponseDto> {
    try {
      this.directory.invalidate();
      return toPlatformResponse(
        await this.repo.save(
          this.repo.create({ ...dto, deploymentIds: dto.deploymentIds ?? [], tenantId: t.tenantId }),
        ),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException({
          code: 'PLATFORM_EXISTS',
          message: `${dto.issuer} with client id ${dto.clientId} is already registered`,
        });
      }
      throw error;
    }
  }

  @Get('platforms')
  @ApiOperation({ summary: "This organisation's LMS registrations" })
  @ApiOkResponse({ type: [LtiPlatformResponseDto] })
  async list(@CurrentTenant() t: TenantContext): Promise<LtiPlatformResponseDto[]> {
    return (await this.repo.find({ where: { tenantId: t.tenantId }, order: { createdAt: 'ASC' } })).map(
      toPlatformResponse,
    );
  }

  @Patch('platforms/:id')
  @ApiOperation({
    summary: 'Change a registration (name, endpoints, deployments); issuer and client id stay',
    description:
      'Add a deployment here when an LMS adds the tool again (Canvas: each account or course install).',
  })
  @ApiOkResponse({ type: LtiPlatformResponseDto })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateLtiPlatformDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<LtiPlatformResponseDto> {
    const platform = await this.repo.findOneBy({ id, tenantId: t.tenantId });
    if (!platform)
      throw new NotFoundException({ code: 'PLATFORM_NOT_FOUND', message: `No platform has the id ${id}` });
    const saved = await this.repo.save(this.repo.merge(platform, dto));
    this.directory.invalidate();
    return toPlatformResponse(saved);
  }

  @Delete('platforms/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an LMS registration' })
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<void> {
    const result = await this.repo.delete({ id, tenantId: t.tenantId });
    this.directory.invalidate();
    if (!result.affected)
      throw new NotFoundException({ code: 'PLATFORM_NOT_FOUND', message: `No platform has the id ${id}` });
  }

  @Post('platforms/registration-url')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'A dynamic-registration URL for this organisation, to paste into Moodle or Canvas (valid 30 days)',
  })
  async registrationUrl(
    @CurrentTenant() t: TenantContext,
  ): Promise<{ url: string; canvasConfigurationUrl: string; expiresAt: string }> {
    const days = 30;
    const token = await this.tokens.signRegistration(t.tenantId, days * 24 * 3600);
    return {
      url: `${this.urls.base}/lti/register/${token}`,
      canvasConfigurationUrl: `${this.urls.base}/lti/canvas.json`,
      expiresAt: new Date(Date.now() + days * 24 * 3600 * 1000).toISOString(),
    };
  }

  @Post('lti/keys/rotate')
  @ApiOperation({
    summary: 'One step of the tool key rotation (service-wide)',
    description:
      'First call publishes a new key without signing with it; the next call makes it sign and keeps the old one published for an hour.',
  })
  rotate(): Promise<{ published?: string; activated?: string; retiring?: string }> {
    return this.keys.rotate();
  }
}
