import { DomainException, type ErrorDetail } from '@markpoint/common';

export enum KnowledgePackExceptionCode {
  /** A pack file is not valid YAML or does not have the pack shape; details name the paths. */
  INVALID_PACK = 'INVALID_PACK',
  /** A pack directory given to `loadPacks` does not exist or cannot be read. */
  PACK_DIRECTORY_NOT_FOUND = 'PACK_DIRECTORY_NOT_FOUND',
  /** Two packs share an id. */
  DUPLICATE_PACK = 'DUPLICATE_PACK',
}

/** A knowledge pack could not be loaded; the message names the file, `details` the fields at fault. */
export class KnowledgePackException extends DomainException<KnowledgePackExceptionCode> {
  constructor(message: string, code: KnowledgePackExceptionCode, details: ErrorDetail[] = []) {
    super(message, code, details);
  }
}
