export { DomainException } from './exceptions/domain.exception';
export type { ErrorDetail } from './exceptions/domain.exception';
export { assertUnreachable } from './utils/assert-unreachable';
export { ErrorResponseDto, ErrorDetailDto } from './http/error-response.dto';
export { sendError, requestIdOf, REQUEST_ID_HEADER } from './http/send-error';
export { validateEnvClasses, ConfigValidationError } from './config/validate-env-classes';
