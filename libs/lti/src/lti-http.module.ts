import { Module } from '@nestjs/common';
import { PassbacksController } from './ags/passbacks.controller';
import { LtiPlatformsController } from './platforms/lti-platforms.controller';

/** `/api/v1/platforms`, `/api/v1/lti/keys/rotate` (admin), `/api/v1/passbacks`. */
@Module({ controllers: [LtiPlatformsController, PassbacksController] })
export class LtiHttpModule {}
