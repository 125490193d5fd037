import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

/**
 * The tool's signing keys. NEXT is published before it signs; ACTIVE signs; RETIRING stays
 * published until what it signed has expired (`retireAfter`).
 */
export type ToolKeyStatus = 'NEXT' | 'ACTIVE' | 'RETIRING';

@Entity('lti_tool_keys')
@Index(['kid'], { unique: true })
export class ToolKeyEntity extends BaseEntity {
  @Column('text')
  kid!: string;

  @Column('text')
  status!: ToolKeyStatus;

  @Column('jsonb')
  publicJwk!: Record<string, unknown>;

  /** PKCS#8 PEM, AES-256-GCM encrypted with LTI_KEY_SECRET (iv.tag.ciphertext, base64url). */
  @Column('text')
  privateKeyEncrypted!: string;

  @Column('timestamptz', { nullable: true })
  retireAfter!: Date | null;
}
