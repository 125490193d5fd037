import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import type { PassbackPolicy } from '../ags/passback-policy';
import { toInteger } from '@markpoint/persistence';

const toInt = ({ value }: { value: unknown }) => toInteger(value);

/** LTI settings, validated at boot. */
export class LtiEnv {
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /**
   * Encrypts the tool's private keys at rest and signs LTI state; required in production, 32+
   * characters. Elsewhere, when unset, the service generates one into DATA_DIR/secrets.json.
   */
  @ValidateIf((env: LtiEnv) => env.NODE_ENV === 'production' || env.LTI_KEY_SECRET !== undefined)
  @IsString({ message: 'LTI_KEY_SECRET must be set in production (32+ random characters)' })
  @MinLength(32, { message: 'LTI_KEY_SECRET must be at least 32 characters' })
  LTI_KEY_SECRET?: string;

  /** Tries per grade before it is dead-lettered; with the defaults the last is about 80 minutes on. */
  @Transform(toInt)
  @IsInt({ message: 'LTI_PASSBACK_MAX_TRIES must be an integer from 1 to 30' })
  @Min(1)
  @Max(30)
  LTI_PASSBACK_MAX_TRIES: number = 12;

  /** Milliseconds before the second try; doubled each time up to LTI_PASSBACK_MAX_DELAY_MS. */
  @Transform(toInt)
  @IsInt({ message: 'LTI_PASSBACK_RETRY_BASE_MS must be an integer of at least 10' })
  @Min(10)
  LTI_PASSBACK_RETRY_BASE_MS: number = 5000;

  @Transform(toInt)
  @IsInt({ message: 'LTI_PASSBACK_MAX_DELAY_MS must be an integer of at least 10' })
  @Min(10)
  LTI_PASSBACK_MAX_DELAY_MS: number = 15 * 60 * 1000;

  @Transform(toInt)
  @IsInt({ message: 'LTI_PASSBACK_TIMEOUT_MS must be an integer of at least 100' })
  @Min(100)
  LTI_PASSBACK_TIMEOUT_MS: number = 10_000;

  /** How often a replica looks for pending grades that lost their job (a crash, a failed job) and re-queues them. */
  @Transform(toInt)
  @IsInt({ message: 'LTI_PASSBACK_SWEEP_INTERVAL_MS must be an integer of at least 100' })
  @Min(100)
  LTI_PASSBACK_SWEEP_INTERVAL_MS: number = 60_000;
}

/**
 * The key secret; the service fills it from its secrets file when the environment leaves it unset,
 * so an unset value here is a wiring mistake, never a reason to fall back to a constant.
 */
export function ltiKeySecret(env: LtiEnv): string {
  if (!env.LTI_KEY_SECRET) throw new Error('LTI_KEY_SECRET is not set: resolve the service secrets first');
  return env.LTI_KEY_SECRET;
}

export function toPassbackPolicy(env: LtiEnv): PassbackPolicy {
  return {
    maxTries: env.LTI_PASSBACK_MAX_TRIES,
    baseDelayMs: env.LTI_PASSBACK_RETRY_BASE_MS,
    maxDelayMs: env.LTI_PASSBACK_MAX_DELAY_MS,
    timeoutMs: env.LTI_PASSBACK_TIMEOUT_MS,
    sweepIntervalMs: env.LTI_PASSBACK_SWEEP_INTERVAL_MS,
  };
}
