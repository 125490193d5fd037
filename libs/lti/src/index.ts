export { LtiModule } from './lti.module';
export { LtiHttpModule } from './lti-http.module';
export { LtiPublicHttpModule } from './lti-public-http.module';
export { LtiEnv, ltiKeySecret } from './config/lti.config';
export { ToolKeysService } from './keys/tool-keys.service';
export { LtiPlatformEntity } from './platforms/lti-platform.entity';
export { ToolKeyEntity } from './keys/tool-key.entity';
