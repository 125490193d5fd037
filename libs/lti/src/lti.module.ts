import { DynamicModule, Module } from '@nestjs/common';
import { DeliveryModule } from '@markpoint/delivery';
import { PassbackListener } from './ags/passback.listener';
import { PASSBACK_POLICY, type PassbackPolicy } from './ags/passback-policy';
import { PassbackWorker } from './ags/passback.worker';
import { PassbackOutcomes } from './ags/passback-outcomes';
import { PassbackSweeper } from './ags/passback-sweeper';
import { LineItemResolver } from './ags/line-item-resolver';
import { PlatformServices } from './ags/platform-services';
import { LTI_KEY_SECRET, ToolKeysService } from './keys/tool-keys.service';
import { LaunchValidator } from './launch/launch-validator';
import { LaunchService } from './launch/launch.service';
import { LtiUrls } from './launch/lti-urls';
import { NonceSweeper } from './launch/nonce-sweeper';
import { LtijsLaunch } from './ltijs/ltijs-launch';
import { PlatformKeys } from './launch/platform-keys';
import { PlatformDirectory } from './platforms/platform-directory';
import { LtiTokens } from './session/lti-tokens';

export interface LtiModuleOptions {
  keySecret: string;
  passback: PassbackPolicy;
}

const PROVIDERS = [
  ToolKeysService,
  LtiTokens,
  LtiUrls,
  PlatformDirectory,
  PlatformKeys,
  LaunchValidator,
  LtijsLaunch,
  LaunchService,
  PlatformServices,
  LineItemResolver,
  PassbackOutcomes,
  PassbackWorker,
  PassbackListener,
  PassbackSweeper,
  NonceSweeper,
];

/** LTI 1.3 Advantage: keys, launches, deep linking, grade passback, rosters. */
@Module({})
export class LtiModule {
  static register(options: LtiModuleOptions): DynamicModule {
    return {
      module: LtiModule,
      global: true,
      imports: [DeliveryModule],
      providers: [
        { provide: LTI_KEY_SECRET, useValue: options.keySecret },
        { provide: PASSBACK_POLICY, useValue: options.passback },
        ...PROVIDERS,
      ],
      exports: PROVIDERS,
    };
  }
}
