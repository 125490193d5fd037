import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

/** Someone who launched a resource link: the platform's user id (`sub`) and no other personal data. */
@Entity('lti_link_users')
@Index(['linkId', 'sub'], { unique: true })
@Index(['tenantId', 'learnerRef'])
export class LtiLinkUserEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  /** lti_resource_links.id */
  @Column('uuid')
  linkId!: string;

  @Column('text')
  sub!: string;

  /** The attempts' learner: `lti:<platform id>:<sub>`. */
  @Column('text')
  learnerRef!: string;

  @Column('text')
  role!: 'LEARNER' | 'INSTRUCTOR';

  @Column('timestamptz')
  lastLaunchAt!: Date;
}
