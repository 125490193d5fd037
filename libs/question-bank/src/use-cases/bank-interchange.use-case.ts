import { Injectable } from '@nestjs/common';
import { findRequestShapeProblem, type ErrorDetail } from '@markpoint/common';
import type { ItemDraft } from '@markpoint/grading';
import { SpecificationRepository } from '@markpoint/spec';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import type { ExportBank } from '../interchange/export-bank';
import { exportCsv } from '../interchange/csv/export-csv';
import { exportGift } from '../interchange/gift/export-gift';
import { importGift } from '../interchange/gift/import-gift';
import { exportMoodleXml } from '../interchange/moodle-xml/export-moodle-xml';
import { importMoodleXml } from '../interchange/moodle-xml/import-moodle-xml';
import { exportQti21Package } from '../interchange/qti/export-qti21';
import { lintBank } from '../quality/lint-bank';
import { bankItemToDraft, QuestionBankRepository } from '../repositories/question-bank.repository';
import { findingsByItem } from '../review/findings-by-item';

export const EXPORT_FORMATS = ['moodle-xml', 'gift', 'qti21', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['gift', 'moodle-xml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
  /** Items the format cannot hold (GIFT has no ordering questions). */
  skipped: { position: number; type: string; reason: string }[];
}

/** A bank out to Moodle XML, GIFT, QTI 2.1 or CSV, and Moodle XML or GIFT back in (all or nothing). */
@Injectable()
export class BankInterchangeUseCase {
  constructor(
    private readonly banks: QuestionBankRepository,
    private readonly specs: SpecificationRepository,
  ) {}

  async export(tenantId: string, bankId: string, format: ExportFormat): Promise<ExportedFile> {
    const bank = await this.exportBank(tenantId, bankId);
    const base =
      bank.title
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'bank';
    switch (format) {
      case 'moodle-xml':
        return {
          body: exportMoodleXml(bank),
          contentType: 'application/xml; charset=utf-8',
          fileName: `${base}.xml`,
          skipped: [],
        };
      case 'gift': {
        const gift = exportGift(bank);
        return {
          body: gift.text,
          contentType: 'text/plain; charset=utf-8',
          fileName: `${base}.gift.txt`,
          skipped: gift.skipped.map((s) => ({ position: s.index + 1, type: s.type, reason: s.reason })),
        };
      }
      case 'qti21':
        return {
          body: Buffer.from(exportQti21Package(bank)),
          contentType: 'application/zip',
          fileName: `${base}.qti21.zip`,
          skipped: [],
        };
      case 'csv':
        return {
          body: exportCsv(bank),
          contentType: 'text/csv; charset=utf-8',
          fileName: `${base}.csv`,
          skipped: [],
        };
    }
  }

  async import(
    tenantId: string,
    bankId: string,
    format: ImportFormat,
    text: string,
  ): Promise<{ imported: number; unaligned: number }> {
    const bank = await this.banks.findById(tenantId, bankId);
    if (!bank)
      throw new BankException(`No question bank has the id ${bankId}`, BankExceptionCode.BANK_NOT_FOUND);
    const result = format === 'gift' ? importGift(text) : importMoodleXml(text);
    const details: ErrorDetail[] = result.errors.map((e) => ({
      line: e.line,
      field: e.question,
      message: e.reason,
    }));
    result.items.forEach((item, i) => {
      // NUL or a lone surrogate (raw, or from an XML character reference) cannot be stored.
      const problem = findRequestShapeProblem({ content: item.content, feedback: item.feedback }, 'body');
      if (problem)
        details.push({
          field: `question ${i + 1}`,
          message: `${problem.field} contains NUL (U+0000) or an unpaired surrogate character`,
        });
    });
    if (details.length > 0) {
      throw new BankException(
        `${details.length} question(s) cannot be imported; nothing was imported`,
        BankExceptionCode.IMPORT_REFUSED,
        details,
      );
    }
    const known = new Set((await this.specs.markingPoints(bank.specificationVersionId)).map((m) => m.key));
    const drafts: ItemDraft[] = result.items.map((item) => ({
      content: item.content,
      markingPointKeys: item.markingPointKey && known.has(item.markingPointKey) ? [item.markingPointKey] : [],
      level: item.level,
      feedback: item.feedback,
      maxScore: item.maxScore,
      provenance: { specId: bank.specificationId, specVersion: 0, lines: [] },
      generator: { strategy: `import:${format}`, version: '1', seed: '-' },
    }));
    // Unaligned items are allowed in; every other lint error refuses the whole file.
    const findings = lintBank(drafts);
    const problems = findings.filter(
      (f) => f.severity === 'ERROR' && f.rule !== 'alignment' && f.itemIndex !== null,
    );
    if (problems.length > 0) {
      throw new BankException(
        `${problems.length} imported question(s) fail the bank linter; nothing was imported`,
        BankExceptionCode.IMPORT_REFUSED,
        [
          ...problems.map((p) => ({
            field: `question ${p.itemIndex! + 1}`,
            message: `${p.rule}: ${p.message}`,
          })),
        ],
      );
    }
    if (drafts.length === 0) {
      throw new BankException('The file holds no question', BankExceptionCode.IMPORT_REFUSED);
    }
    // A teacher's own questions arrive approved, with the warnings the checker still has about them
    // (alignment aside: imports have no specification line, and unaligned ones are reported below).
    const byItem = findingsByItem(drafts.length, findings);
    const items = drafts.map((d, i) => ({
      ...d,
      findings: byItem[i].filter((f) => f.rule !== 'alignment'),
      status: 'APPROVED' as const,
    }));
    const imported = await this.banks.appendItems(tenantId, bankId, items, 'IMPORTED');
    return { imported, unaligned: drafts.filter((d) => d.markingPointKeys.length === 0).length };
  }

  private async exportBank(tenantId: string, bankId: string): Promise<ExportBank> {
    const bank = await this.banks.findById(tenantId, bankId);
    if (!bank)
      throw new BankException(`No question bank has the id ${bankId}`, BankExceptionCode.BANK_NOT_FOUND);
    const [items, markingPoints, spec] = await Promise.all([
      this.banks.allItems(tenantId, bankId),
      this.specs.markingPoints(bank.specificationVersionId),
      this.specs.findById(tenantId, bank.specificationId),
    ]);
    return {
      title: bank.title,
      topic: spec?.title ?? bank.title,
      markingPoints: markingPoints.map(({ key, text, line }) => ({ key, text, line })),
      items: items.map(bankItemToDraft),
    };
  }
}
