import { Injectable } from '@nestjs/common';
import type { MarkingPointEntity } from '../entities/marking-point.entity';
import type { SpecificationVersionEntity } from '../entities/specification-version.entity';
import type { SpecificationEntity } from '../entities/specification.entity';
import { SpecException, SpecExceptionCode } from '../exceptions/spec.exception';
import { SpecificationRepository } from '../repositories/specification.repository';

export interface SpecificationWithVersion {
  specification: SpecificationEntity;
  version: SpecificationVersionEntity;
  markingPoints: MarkingPointEntity[];
}

/** A specification of the tenant at one version (the latest by default). */
@Injectable()
export class GetSpecificationUseCase {
  constructor(private readonly specs: SpecificationRepository) {}

  async execute(input: {
    tenantId: string;
    id: string;
    version?: number;
  }): Promise<SpecificationWithVersion> {
    const specification = await this.specs.findById(input.tenantId, input.id);
    if (!specification) {
      throw new SpecException(`No specification has the id ${input.id}`, SpecExceptionCode.SPEC_NOT_FOUND);
    }
    const number = input.version ?? specification.latestVersion;
    const version = await this.specs.findVersion(specification.id, number);
    if (!version) {
      throw new SpecException(
        `Specification ${input.id} has no version ${number} (latest: ${specification.latestVersion})`,
        SpecExceptionCode.SPEC_VERSION_NOT_FOUND,
      );
    }
    return { specification, version, markingPoints: await this.specs.markingPoints(version.id) };
  }
}
