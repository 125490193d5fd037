import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LtiResourceLinkEntity } from '../links/lti-resource-link.entity';
import type { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import type { LtiPassbackEntity } from './lti-passback.entity';
import { PlatformCallError, PlatformServices } from './platform-services';

/** The line item of the quiz's own grade column, and the tag Markpoint gives it. */
export const QUIZ_LINE_ITEM_TAG = 'markpoint-quiz';

/** Finds the gradebook column a passback scores, creating it once when the platform has none. */
@Injectable()
export class LineItemResolver {
  /** One find-or-create per column at a time (jobs run in batches), and its answer kept. */
  private readonly lineItems = new Map<string, Promise<string>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: PlatformServices,
  ) {}

  /** The column to score: the launch's own line item, else found or created by resourceId (and tag). */
  lineItem(platform: LtiPlatformEntity, link: LtiResourceLinkEntity, p: LtiPassbackEntity): Promise<string> {
    if (p.lineItemUrl) return Promise.resolve(p.lineItemUrl);
    if (p.tag === null && link.lineItemUrl) return Promise.resolve(link.lineItemUrl);
    const key = `${link.id}:${p.tag ?? ''}`;
    let pending = this.lineItems.get(key);
    if (!pending) {
      pending = this.findOrCreate(platform, link, p);
      this.lineItems.set(key, pending);
      // A failure is not remembered: the next try asks the platform again.
      pending.catch(() => this.lineItems.delete(key));
    }
    return pending;
  }

  private async findOrCreate(
    platform: LtiPlatformEntity,
    link: LtiResourceLinkEntity,
    p: LtiPassbackEntity,
  ): Promise<string> {
    if (!link.lineItemsUrl)
      throw new PlatformCallError(
        'The launch announced no line items service (AGS not enabled)',
        null,
        false,
      );
    const resourceId = link.quizId ?? link.resourceLinkId;
    const tag = p.tag ?? QUIZ_LINE_ITEM_TAG;
    const [found] = await this.services.findLineItems(platform, link.lineItemsUrl, {
      resourceId,
      resourceLinkId: link.resourceLinkId,
      tag,
    });
    const item =
      found ??
      (await this.services.createLineItem(platform, link.lineItemsUrl, {
        label: p.label,
        scoreMaximum: p.scoreMaximum,
        resourceId,
        resourceLinkId: link.resourceLinkId,
        tag,
      }));
    if (p.tag === null)
      await this.dataSource.query(
        'UPDATE lti_resource_links SET line_item_url = $2 WHERE id = $1 AND line_item_url IS NULL',
        [link.id, item.id],
      );
    return item.id;
  }
}
