import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsUrl, Matches, MaxLength } from 'class-validator';
import type { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../webhook-events';

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://reports.example.org/markpoint',
    description: 'HTTPS (plain http only on loopback, for development)',
  })
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true })
  @Matches(/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$))/, {
    message: 'url must use https (plain http is allowed only for localhost)',
  })
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events!: WebhookEvent[];
}

export class WebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
}

export class CreatedWebhookResponseDto extends WebhookResponseDto {
  @ApiProperty({ description: 'Signs every delivery (Markpoint-Signature header); shown once' })
  secret!: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() event!: string;
  @ApiProperty({ enum: ['PENDING', 'DELIVERED', 'FAILED'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) deliveredAt!: string | null;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) data!: WebhookDeliveryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}

export function toWebhookResponse(e: WebhookEndpointEntity): WebhookResponseDto {
  return { id: e.id, url: e.url, events: e.events, active: e.active, createdAt: e.createdAt.toISOString() };
}

export function toDeliveryResponse(d: WebhookDeliveryEntity): WebhookDeliveryDto {
  return {
    id: d.id,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  };
}
