import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

const NOT_FOUND_ROUTE = '/{*path}';

/** Counts and times every request by its route template (`/api/v1/banks/:id`), never the raw URL. */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      const path = req.route ? String((req.route as { path: unknown }).path) : undefined;
      // Nest answers unknown routes from a catch-all; label them as one series, not per URL.
      const route = path && path !== NOT_FOUND_ROUTE ? `${req.baseUrl}${path}` : 'unmatched';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      this.metrics.requests.inc(labels);
      this.metrics.duration.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
    });
    next();
  }
}
