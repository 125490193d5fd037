import { IsOptional, IsString, MinLength, ValidateIf } from 'class-validator';

/** LTI settings, validated at boot. */
export class LtiEnv {
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** Encrypts the tool's private keys at rest; required in production, at least 32 characters. */
  @ValidateIf((env: LtiEnv) => env.NODE_ENV === 'production' || env.LTI_KEY_SECRET !== undefined)
  @IsString({ message: 'LTI_KEY_SECRET must be set in production (32+ random characters)' })
  @MinLength(32, { message: 'LTI_KEY_SECRET must be at least 32 characters' })
  LTI_KEY_SECRET?: string;
}

// Development and tests only: production refuses to start without a real secret.
export const DEVELOPMENT_KEY_SECRET = 'markpoint-development-only-lti-key-secret';

export function ltiKeySecret(env: LtiEnv): string {
  return env.LTI_KEY_SECRET ?? DEVELOPMENT_KEY_SECRET;
}
