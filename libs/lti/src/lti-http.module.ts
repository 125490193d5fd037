import { Module } from '@nestjs/common';
import { LtiPlatformsController } from './platforms/lti-platforms.controller';

/** `/api/v1/platforms`, `/api/v1/lti/keys/rotate` (admin). */
@Module({ controllers: [LtiPlatformsController] })
export class LtiHttpModule {}
