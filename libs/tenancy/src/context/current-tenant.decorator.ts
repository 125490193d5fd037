import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import type { Request } from 'express';

/** What a request is allowed to see: set by the authentication guard before any controller runs. */
export interface TenantContext {
  tenantId: string;
}

export type RequestWithTenant = Request & { tenant?: TenantContext };

/** The caller's tenant; every repository call that reads or writes tenant data takes its id. */
export const CurrentTenant = createParamDecorator((_: unknown, ctx: ExecutionContext): TenantContext => {
  const tenant = ctx.switchToHttp().getRequest<RequestWithTenant>().tenant;
  // A route without a guard that sets the tenant is a programming error, not a client error.
  if (!tenant) throw new InternalServerErrorException('No tenant on the request');
  return tenant;
});
