import { randomBytes } from 'node:crypto';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponseDto, PageQueryDto, toPage, type Paginated } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { WebhookPublisher } from '../delivery/webhook-publisher';
import {
  CreatedWebhookResponseDto,
  CreateWebhookDto,
  toDeliveryResponse,
  toWebhookResponse,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookResponseDto,
} from '../dtos/webhook.dto';
import { WebhookRepository } from '../repositories/webhook.repository';

const notFound = (what: string, id: string) =>
  new NotFoundException({ code: 'WEBHOOK_NOT_FOUND', message: `No ${what} has the id ${id}` });

@ApiTags('webhooks')
@Controller('webhooks')
@RequireScope('admin')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly publisher: WebhookPublisher,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Register an endpoint for attempt.submitted, attempt.graded and/or passback.failed',
  })
  @ApiCreatedResponse({ type: CreatedWebhookResponseDto })
  async create(
    @Body() dto: CreateWebhookDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<CreatedWebhookResponseDto> {
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const endpoint = await this.webhooks.createEndpoint({
      tenantId: tenant.tenantId,
      url: dto.url,
      events: dto.events,
      secret,
    });
    return { ...toWebhookResponse(endpoint), secret };
  }

  @Get()
  @ApiOperation({ summary: "List this organisation's webhook endpoints" })
  @ApiOkResponse({ type: [WebhookResponseDto] })
  async list(@CurrentTenant() tenant: TenantContext): Promise<WebhookResponseDto[]> {
    return (await this.webhooks.listEndpoints(tenant.tenantId)).map(toWebhookResponse);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint; queued deliveries to it are dropped' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<void> {
    if (!(await this.webhooks.deleteEndpoint(tenant.tenantId, id))) throw notFound('webhook endpoint', id);
  }

  @Post(':id/ping')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a signed webhook.ping delivery to test the endpoint' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  async ping(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<WebhookDeliveryDto> {
    const endpoint = await this.webhooks.findEndpoint(tenant.tenantId, id);
    if (!endpoint) throw notFound('webhook endpoint', id);
    const [deliveryId] = await this.publisher.enqueue(tenant.tenantId, [endpoint.id], 'webhook.ping', {
      endpointId: endpoint.id,
    });
    return toDeliveryResponse((await this.webhooks.findDelivery(tenant.tenantId, deliveryId))!);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "An endpoint's deliveries with their status, newest first" })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  async deliveries(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PageQueryDto,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<Paginated<WebhookDeliveryDto>> {
    if (!(await this.webhooks.findEndpoint(tenant.tenantId, id))) throw notFound('webhook endpoint', id);
    const [rows, total] = await this.webhooks.listDeliveries(tenant.tenantId, id, query);
    return toPage(rows.map(toDeliveryResponse), total, query);
  }

  @Post('deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again (after it FAILED), with a fresh set of retries' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  async redeliver(
    @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string,
    @CurrentTenant() tenant: TenantContext,
  ): Promise<WebhookDeliveryDto> {
    const delivery = await this.webhooks.findDelivery(tenant.tenantId, deliveryId);
    if (!delivery) throw notFound('webhook delivery', deliveryId);
    await this.publisher.redeliver(delivery.id);
    return toDeliveryResponse((await this.webhooks.findDelivery(tenant.tenantId, deliveryId))!);
  }
}
