export { parseSpecification } from './parser/parse-specification';
export type { ParseSpecificationOptions } from './parser/parse-specification';
export { markingPointKey } from './parser/marking-point-key';
export { deriveTitle } from './parser/derive-title';
export { SpecException, SpecExceptionCode } from './exceptions/spec.exception';
export type {
  ParsedSpec,
  SpecLine,
  KeyConcept,
  SpecSection,
  ParseWarning,
  SpecSectionKind,
} from './parser/topic-spec';
export { SpecModule } from './spec.module';
export { SpecHttpModule } from './spec-http.module';
export { SpecificationEntity } from './entities/specification.entity';
export { SpecificationVersionEntity } from './entities/specification-version.entity';
export { MarkingPointEntity } from './entities/marking-point.entity';
export { SpecificationRepository } from './repositories/specification.repository';
export { IngestSpecificationUseCase } from './use-cases/ingest-specification.use-case';
export type { IngestedSpecification } from './use-cases/ingest-specification.use-case';
export { GetSpecificationUseCase } from './use-cases/get-specification.use-case';
export type { SpecificationWithVersion } from './use-cases/get-specification.use-case';
export { SpecRestApiExceptionFilter } from './filters/spec-rest-api-exception.filter';
