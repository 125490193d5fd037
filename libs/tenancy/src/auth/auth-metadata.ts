import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from '@markpoint/common';
import type { ApiScope } from './api-scope';

export const SCOPES_KEY = 'markpoint:scopes';
export const PUBLIC_KEY = 'markpoint:public';

/** The scope a route needs (any one of those given); shown in the OpenAPI document. */
export function RequireScope(...scopes: ApiScope[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(SCOPES_KEY, scopes),
    ApiBearerAuth('apiKey'),
    ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'Missing, unknown or revoked API key' }),
    ApiForbiddenResponse({
      type: ErrorResponseDto,
      description: `The key lacks the scope: ${scopes.join(' or ')}`,
    }),
    // Shown on each operation of the OpenAPI document; a test fails when an /api/v1 operation lacks it.
    ApiExtension('x-required-scopes', scopes),
  );
}

/** Routes that need no key: health, metrics, docs, LTI endpoints that carry their own proof. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
