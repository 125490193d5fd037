import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Nonces of accepted id_tokens, kept until the token could no longer be valid (replay guard). */
@Entity('lti_nonces')
@Index(['expiresAt'])
export class LtiNonceEntity {
  @PrimaryColumn('text')
  nonce!: string;

  @Column('timestamptz')
  expiresAt!: Date;
}
