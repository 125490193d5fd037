import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ToolKeysService, ToolKeyUnreadableError } from '@markpoint/lti';

/**
 * Ready only when this replica can decrypt every stored LTI tool key. A replica started with
 * another LTI_KEY_SECRET would otherwise serve launches and fail every grade passback.
 */
@Injectable()
export class ToolKeysHealthIndicator {
  constructor(
    private readonly keys: ToolKeysService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const unreadable = await this.keys.unreadableKeys();
      return unreadable.length === 0
        ? indicator.up()
        : indicator.down({ message: new ToolKeyUnreadableError(unreadable).message });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
