import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import type { WebhookEvent } from '../webhook-events';

@Injectable()
export class WebhookRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  private endpoints(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(WebhookEndpointEntity);
  }

  deliveries(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(WebhookDeliveryEntity);
  }

  createEndpoint(
    values: Pick<WebhookEndpointEntity, 'tenantId' | 'url' | 'events' | 'secret'>,
  ): Promise<WebhookEndpointEntity> {
    return this.endpoints().save(this.endpoints().create({ ...values, active: true }));
  }

  listEndpoints(tenantId: string): Promise<WebhookEndpointEntity[]> {
    return this.endpoints().find({ where: { tenantId }, order: { createdAt: 'ASC' } });
  }

  findEndpoint(tenantId: string, id: string): Promise<WebhookEndpointEntity | null> {
    return this.endpoints().findOneBy({ tenantId, id });
  }

  findEndpointById(id: string): Promise<WebhookEndpointEntity | null> {
    return this.endpoints().findOneBy({ id });
  }

  async deleteEndpoint(tenantId: string, id: string): Promise<boolean> {
    const result = await this.endpoints().delete({ tenantId, id });
    return (result.affected ?? 0) > 0;
  }

  subscribers(
    tenantId: string,
    event: WebhookEvent,
    manager?: EntityManager,
  ): Promise<WebhookEndpointEntity[]> {
    return this.endpoints(manager)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId AND e.active AND :event = ANY(e.events)', { tenantId, event })
      .getMany();
  }

  listDeliveries(
    tenantId: string,
    endpointId: string,
    page: { page: number; limit: number },
  ): Promise<[WebhookDeliveryEntity[], number]> {
    return this.deliveries().findAndCount({
      where: { tenantId, endpointId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
  }

  findDelivery(tenantId: string, id: string): Promise<WebhookDeliveryEntity | null> {
    return this.deliveries().findOneBy({ tenantId, id });
  }
}
