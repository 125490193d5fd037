import { DynamicModule, Module } from '@nestjs/common';
import { LTI_KEY_SECRET, ToolKeysService } from './keys/tool-keys.service';

@Module({})
export class LtiModule {
  static register(keySecret: string): DynamicModule {
    return {
      module: LtiModule,
      global: true,
      providers: [{ provide: LTI_KEY_SECRET, useValue: keySecret }, ToolKeysService],
      exports: [ToolKeysService],
    };
  }
}
