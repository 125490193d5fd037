import { Module } from '@nestjs/common';
import { SpecificationRepository } from './repositories/specification.repository';
import { GetSpecificationUseCase } from './use-cases/get-specification.use-case';
import { IngestSpecificationUseCase } from './use-cases/ingest-specification.use-case';

@Module({
  providers: [SpecificationRepository, IngestSpecificationUseCase, GetSpecificationUseCase],
  exports: [SpecificationRepository, IngestSpecificationUseCase, GetSpecificationUseCase],
})
export class SpecModule {}
