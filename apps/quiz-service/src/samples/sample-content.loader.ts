import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { GenerateBankUseCase } from '@markpoint/question-bank';
import { IngestSpecificationUseCase, SpecificationRepository } from '@markpoint/spec';
import { ApiKeyRepository, TenantRepository } from '@markpoint/tenancy';

// The quick start must have quizzes to try: sample banks approve every item the checker passes
// (the threshold counts an item with no confidence as 0). Banks made over REST wait as drafts.
export const SAMPLE_AUTO_APPROVE_ABOVE = 0;

export interface FirstStartReport {
  samplesLoaded: string[];
  /** True while the default organisation has no API key: main.ts says how to make one. */
  needsAdminKey: boolean;
}

/**
 * On a fresh database: the default organisation, the sample specifications and a bank for each.
 * Runs once (only while the organisation has no specification), so deleting samples sticks.
 */
@Injectable()
export class SampleContentLoader {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly keys: ApiKeyRepository,
    private readonly specs: SpecificationRepository,
    private readonly ingest: IngestSpecificationUseCase,
    private readonly generate: GenerateBankUseCase,
    @InjectPinoLogger(SampleContentLoader.name) private readonly logger: PinoLogger,
  ) {}

  async run(loadSamples: boolean): Promise<FirstStartReport> {
    const tenant = await this.tenants.ensureDefault();
    const samplesLoaded: string[] = [];
    if (loadSamples && (await this.specs.countForTenant(tenant.id)) === 0) {
      const dir = findSamplesDir();
      const files = dir ? (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort() : [];
      for (const file of files) {
        const spec = await this.ingest.execute({
          tenantId: tenant.id,
          text: await readFile(path.join(dir!, file)),
        });
        const bank = await this.generate.execute({
          tenantId: tenant.id,
          specificationId: spec.specification.id,
          seed: 'sample',
          autoApproveAbove: SAMPLE_AUTO_APPROVE_ABOVE,
        });
        samplesLoaded.push(`${spec.specification.title} (${bank.itemCount} items)`);
      }
      if (samplesLoaded.length)
        this.logger.info({ samples: samplesLoaded }, 'Loaded the sample specifications');
    }
    const needsAdminKey = (await this.keys.listForTenant(tenant.id)).length === 0;
    return { samplesLoaded, needsAdminKey };
  }
}

// samples/specs sits at the project root (and at /app in the image); walk up from the build output.
function findSamplesDir(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'samples', 'specs');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}
