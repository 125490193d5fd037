import { Module } from '@nestjs/common';
import { JwksController } from './keys/jwks.controller';

/** `/lti/jwks` (public, outside /api/v1). */
@Module({ controllers: [JwksController] })
export class LtiPublicHttpModule {}
