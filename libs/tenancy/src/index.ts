export { TenancyModule } from './tenancy.module';
export { TenantEntity } from './entities/tenant.entity';
export { TenantRepository, DEFAULT_TENANT_SLUG } from './repositories/tenant.repository';
