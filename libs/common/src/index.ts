export { DomainException } from './exceptions/domain.exception';
export type { ErrorDetail } from './exceptions/domain.exception';
export { assertUnreachable } from './utils/assert-unreachable';
export { ErrorResponseDto, ErrorDetailDto } from './http/error-response.dto';
export { sendError, requestIdOf, REQUEST_ID_HEADER } from './http/send-error';
export { validateEnvClasses, ConfigValidationError } from './config/validate-env-classes';
export { PageQueryDto } from './pagination/page-query.dto';
export { toPage } from './pagination/paginated';
export type { Paginated } from './pagination/paginated';
export { createValidationPipe, flattenValidationErrors } from './http/validation.pipe';
export { RequestShapeInterceptor } from './http/request-shape.interceptor';
export {
  findRequestShapeProblem,
  hasInvalidCharacter,
  DEFAULT_REQUEST_SHAPE_LIMITS,
  RequestShapeProblemCode,
} from './http/request-shape';
export type { RequestShapeLimits, RequestShapeProblem } from './http/request-shape';
export { BoundedIntPipe, INT4_MAX } from './http/bounded-int.pipe';
export type { BoundedIntOptions } from './http/bounded-int.pipe';
