import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

/**
 * A placement of the tool in a course (an LTI resource link) and the quiz it opens, with the
 * service endpoints the last launch announced (line item, line items, memberships).
 */
@Entity('lti_resource_links')
@Index(['platformId', 'resourceLinkId'], { unique: true })
@Index(['tenantId', 'quizId'])
export class LtiResourceLinkEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  platformId!: string;

  @Column('text')
  deploymentId!: string;

  /** The platform's id of the link (the launch's resource_link.id). */
  @Column('text')
  resourceLinkId!: string;

  @Column('text', { nullable: true })
  contextId!: string | null;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('uuid', { nullable: true })
  quizId!: string | null;

  /** AGS: the link's own line item, when the platform named one. */
  @Column('text', { nullable: true })
  lineItemUrl!: string | null;

  @Column('text', { nullable: true })
  lineItemsUrl!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  agsScopes!: string[];

  /** NRPS: the context's membership URL. */
  @Column('text', { nullable: true })
  membershipsUrl!: string | null;

  /** One extra line item per marking point (tag = the marking point key). */
  @Column('boolean', { default: false })
  markingPointLineItems!: boolean;
}
