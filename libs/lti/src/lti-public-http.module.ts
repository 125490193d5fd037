import { Module } from '@nestjs/common';
import { DeliveryModule } from '@markpoint/delivery';
import { DashboardController } from './dashboard/dashboard.controller';
import { DeepLinkingController } from './deep-linking/deep-linking.controller';
import { JwksController } from './keys/jwks.controller';
import { LtiLaunchController } from './launch/lti-launch.controller';
import { LearnerLandingController } from './learner/learner-landing.controller';
import { DynamicRegistrationController } from './registration/dynamic-registration.controller';

/** Everything under `/lti` (outside /api/v1): JWKS, login, launch, registration, deep linking, dashboard. */
@Module({
  imports: [DeliveryModule],
  controllers: [
    JwksController,
    LtiLaunchController,
    DynamicRegistrationController,
    DeepLinkingController,
    DashboardController,
    LearnerLandingController,
  ],
})
export class LtiPublicHttpModule {}
