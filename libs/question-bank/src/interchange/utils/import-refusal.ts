// Why one question cannot be imported; the importers catch it and report it with the question's line.
export class ImportRefusal extends Error {
  constructor(public readonly reason: string) {
    super(reason);
    this.name = new.target.name;
  }
}

export function refuse(reason: string): never {
  throw new ImportRefusal(reason);
}
