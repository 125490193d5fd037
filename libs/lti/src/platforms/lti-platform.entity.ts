import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

/** An LMS registration (issuer + client id) owned by a tenant, with its deployments. */
@Entity('lti_platforms')
@Index(['issuer', 'clientId'], { unique: true })
@Index(['tenantId'])
export class LtiPlatformEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  issuer!: string;

  @Column('text')
  clientId!: string;

  @Column('text')
  authLoginUrl!: string;

  @Column('text')
  authTokenUrl!: string;

  @Column('text')
  jwksUrl!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  deploymentIds!: string[];
}
