import { Injectable } from '@nestjs/common';
import { deriveTitle } from '../parser/derive-title';
import { markingPointKey } from '../parser/marking-point-key';
import { parseSpecification } from '../parser/parse-specification';
import { MarkingPointEntity } from '../entities/marking-point.entity';
import { SpecificationVersionEntity } from '../entities/specification-version.entity';
import { SpecificationEntity } from '../entities/specification.entity';
import { SpecificationRepository } from '../repositories/specification.repository';
import { slugify } from '../utils/slugify';

export interface IngestSpecificationInput {
  tenantId: string;
  text: string | Buffer;
  title?: string;
}

export interface IngestedSpecification {
  specification: SpecificationEntity;
  version: SpecificationVersionEntity;
  markingPoints: MarkingPointEntity[];
  /** False when the same text was already the specification's version: nothing changed. */
  created: boolean;
}

/**
 * Parses and stores a specification. Its identity is the slug of its title within the tenant:
 * the same text again changes nothing; a changed text becomes the next version.
 */
@Injectable()
export class IngestSpecificationUseCase {
  constructor(private readonly specs: SpecificationRepository) {}

  async execute(input: IngestSpecificationInput): Promise<IngestedSpecification> {
    const parsed = parseSpecification(input.text);
    const title = input.title?.trim() || deriveTitle(parsed);
    const sourceText = typeof input.text === 'string' ? input.text : input.text.toString('utf8');
    return this.specs.transaction(async (manager) => {
      const specification = await this.specs.lockOrCreate(manager, input.tenantId, slugify(title), title);
      const versions = manager.getRepository(SpecificationVersionEntity);
      const same = await versions.findOneBy({
        specificationId: specification.id,
        contentHash: parsed.contentHash,
      });
      if (same) {
        const markingPoints = await manager
          .getRepository(MarkingPointEntity)
          .find({ where: { specificationVersionId: same.id }, order: { position: 'ASC' } });
        return { specification, version: same, markingPoints, created: false };
      }
      const version = await versions.save(
        versions.create({
          specificationId: specification.id,
          version: specification.latestVersion + 1,
          contentHash: parsed.contentHash,
          sourceText,
          parsed,
        }),
      );
      const points = manager.getRepository(MarkingPointEntity);
      const markingPoints = await points.save(
        parsed.markingPoints.map((mp, position) =>
          points.create({
            specificationVersionId: version.id,
            key: markingPointKey(mp.text),
            position,
            text: mp.text,
            line: mp.line,
          }),
        ),
      );
      specification.latestVersion = version.version;
      specification.title = title;
      await manager.getRepository(SpecificationEntity).save(specification);
      return { specification, version, markingPoints, created: true };
    });
  }
}
