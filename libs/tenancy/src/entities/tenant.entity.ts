import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

/** An organisation: owns its API keys, LTI platforms, specifications, banks and quizzes. */
@Entity('tenants')
export class TenantEntity extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
