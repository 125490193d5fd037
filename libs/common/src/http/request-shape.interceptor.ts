import {
  BadRequestException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import {
  DEFAULT_REQUEST_SHAPE_LIMITS,
  findRequestShapeProblem,
  RequestShapeProblemCode,
  type RequestShapeLimits,
  type RequestShapeProblem,
} from './request-shape';

const MESSAGES: Record<RequestShapeProblemCode, (field: string, limits: RequestShapeLimits) => string> = {
  [RequestShapeProblemCode.BODY_TOO_DEEP]: (field, l) =>
    `${field} is nested more than ${l.maxDepth} levels deep`,
  [RequestShapeProblemCode.BODY_TOO_MANY_KEYS]: (field, l) => `${field} has more than ${l.maxKeys} keys`,
  [RequestShapeProblemCode.INVALID_CHARACTER]: (field) =>
    `${field} must not contain NUL (U+0000) or an unpaired surrogate character`,
};

/**
 * One rule for every route (REST, player forms, LTI): before any pipe runs, the parsed body,
 * query and path parameters must be shallow enough for the validation pipe's recursion, and every
 * string must be one PostgreSQL can store. Anything else is a 400 naming the field.
 */
@Injectable()
export class RequestShapeInterceptor implements NestInterceptor {
  constructor(private readonly limits: RequestShapeLimits = DEFAULT_REQUEST_SHAPE_LIMITS) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      const problem =
        findRequestShapeProblem(req.params, 'params', this.limits) ??
        findRequestShapeProblem(req.query, 'query', this.limits) ??
        // A raw text body is a document (a specification, a GIFT or XML file): its own parser
        // refuses what it cannot take and names the line, which is more use than "body".
        (typeof req.body === 'string' ? undefined : findRequestShapeProblem(req.body, 'body', this.limits));
      if (problem) throw this.refusal(problem);
    }
    return next.handle();
  }

  private refusal(problem: RequestShapeProblem): BadRequestException {
    const message = MESSAGES[problem.code](problem.field, this.limits);
    const code =
      problem.code === RequestShapeProblemCode.INVALID_CHARACTER ? 'VALIDATION_FAILED' : problem.code;
    return new BadRequestException({
      code,
      message: `The request is not valid: ${message}`,
      details: [{ field: problem.field, message }],
    });
  }
}
