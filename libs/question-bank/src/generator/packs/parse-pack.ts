import { FORMULAS, type FormulaId } from '@markpoint/grading';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { KnowledgePackException, KnowledgePackExceptionCode } from './knowledge-pack.exception';
import type {
  KnowledgePack,
  PackCategory,
  PackFormula,
  PackFormulaParameter,
  PackLegislation,
  PackModel,
  PackTerm,
} from './knowledge-pack';
import { PackReader } from './pack-reader';

/**
 * Reads one pack from YAML text. Throws KnowledgePackException(INVALID_PACK) naming the file and
 * every path at fault ("formulas[0].parameters.revenue.min: must be a finite number").
 */
export function parsePack(text: string, source: string): KnowledgePack {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new KnowledgePackException(
      `Knowledge pack ${source} is not valid YAML${where}: ${(error as Error).message}`,
      KnowledgePackExceptionCode.INVALID_PACK,
      [{ field: source, message: 'not valid YAML' }],
    );
  }
  const reader = new PackReader();
  const root = reader.object(data, 'pack');
  const pack = root ? readPack(reader, root, source) : undefined;
  if (!pack || reader.problems.length > 0) {
    const list = reader.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    throw new KnowledgePackException(
      `Knowledge pack ${source} is invalid: ${list}`,
      KnowledgePackExceptionCode.INVALID_PACK,
      [
        ...reader.problems.map((problem) => ({
          field: `${source}#${problem.path}`,
          message: problem.message,
        })),
      ],
    );
  }
  return pack;
}

function readPack(
  reader: PackReader,
  root: Record<string, unknown>,
  source: string,
): KnowledgePack | undefined {
  const id = reader.string(root, 'id', 'pack');
  const name = reader.string(root, 'name', 'pack');
  const categories = reader.list(root, 'categories', 'pack', (item, path) =>
    readCategory(reader, item, path),
  );
  const ids = new Set(categories.map((category) => category.id));
  categories.forEach((category, index) =>
    category.contrasts
      .filter((contrast) => !ids.has(contrast))
      .forEach((contrast) =>
        reader.fail(`pack.categories[${index}].contrasts`, `names no category of this pack: ${contrast}`),
      ),
  );
  const models = reader.list(root, 'models', 'pack', (item, path) => readModel(reader, item, path));
  const legislation = reader.list(root, 'legislation', 'pack', (item, path) =>
    readLegislation(reader, item, path),
  );
  const formulas = reader.list(root, 'formulas', 'pack', (item, path) => readFormula(reader, item, path));
  if (!id || !name) return undefined;
  return { id, name, source, categories, models, legislation, formulas };
}

function readCategory(reader: PackReader, item: unknown, path: string): PackCategory | undefined {
  const node = reader.object(item, path);
  if (!node) return undefined;
  const id = reader.string(node, 'id', path);
  const label = reader.string(node, 'label', path);
  const plural = reader.string(node, 'plural', path);
  const aliases = reader.strings(node, 'aliases', path);
  const contrasts = reader.strings(node, 'contrasts', path);
  const terms = reader.list(node, 'terms', path, (term, termPath) => readTerm(reader, term, termPath));
  if (terms.length < 2) reader.fail(`${path}.terms`, 'needs at least 2 terms');
  return id && label && plural ? { id, label, plural, aliases, contrasts, terms } : undefined;
}

function readTerm(reader: PackReader, item: unknown, path: string): PackTerm | undefined {
  if (typeof item === 'string' && item.trim() !== '') return { term: item.trim(), aliases: [] };
  const node = reader.object(item, path);
  if (!node) return undefined;
  const term = reader.string(node, 'term', path);
  const description = reader.string(node, 'description', path, true);
  const aliases = reader.strings(node, 'aliases', path);
  return term ? { term, aliases, ...(description ? { description } : {}) } : undefined;
}

function readModel(reader: PackReader, item: unknown, path: string): PackModel | undefined {
  const node = reader.object(item, path);
  if (!node) return undefined;
  const name = reader.string(node, 'name', path);
  const acronym = reader.string(node, 'acronym', path, true);
  const steps = reader.strings(node, 'steps', path, 2);
  const purpose = reader.string(node, 'purpose', path);
  const category = reader.string(node, 'category', path);
  const model = {
    aliases: reader.strings(node, 'aliases', path),
    ordered: reader.boolean(node, 'ordered', path, true),
    keywords: reader.strings(node, 'keywords', path),
  };
  if (!name || !purpose || !category) return undefined;
  return { name, ...(acronym ? { acronym } : {}), steps, purpose, category, ...model };
}

function readLegislation(reader: PackReader, item: unknown, path: string): PackLegislation | undefined {
  const node = reader.object(item, path);
  if (!node) return undefined;
  const name = reader.string(node, 'name', path);
  const year = reader.number(node, 'year', path);
  const covers = reader.string(node, 'covers', path);
  const purpose = reader.string(node, 'purpose', path);
  const keywords = reader.strings(node, 'keywords', path);
  const aliases = reader.strings(node, 'aliases', path);
  if (year !== undefined && (!Number.isInteger(year) || year < 1200 || year > 2100))
    reader.fail(`${path}.year`, 'must be a year');
  return name && year !== undefined && covers && purpose
    ? { name, year, aliases, covers, purpose, keywords }
    : undefined;
}

function readFormula(reader: PackReader, item: unknown, path: string): PackFormula | undefined {
  const node = reader.object(item, path);
  if (!node) return undefined;
  const formula = reader.string(node, 'formula', path);
  const known = formula !== undefined && Object.hasOwn(FORMULAS, formula);
  if (formula && !known)
    reader.fail(`${path}.formula`, `is not in the formula table (${Object.keys(FORMULAS).join(', ')})`);
  const names = reader.strings(node, 'names', path, 1);
  const contexts = reader.strings(node, 'contexts', path, 1);
  const question = reader.string(node, 'question', path);
  const figures = reader.string(node, 'figures', path);
  const working = reader.string(node, 'working', path);
  const unit = reader.string(node, 'unit', path, true);
  const decimals = reader.number(node, 'decimals', path) ?? 0;
  const tolerance = readTolerance(reader, node.tolerance, `${path}.tolerance`);
  const parameters = readParameters(
    reader,
    node.parameters,
    `${path}.parameters`,
    known ? (formula as FormulaId) : undefined,
  );
  if (figures && known) {
    const placeholders = new Set([...figures.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    FORMULAS[formula as FormulaId].inputs
      .filter((input) => !placeholders.has(input))
      .forEach((input) => reader.fail(`${path}.figures`, `has no {${input}} placeholder`));
  }
  if (!known || !question || !figures || !working || !tolerance || !parameters) return undefined;
  return {
    formula: formula as FormulaId,
    names,
    contexts,
    figures,
    question,
    parameters,
    ...(unit ? { unit } : {}),
    decimals,
    tolerance,
    working,
  };
}

function readTolerance(
  reader: PackReader,
  value: unknown,
  path: string,
): PackFormula['tolerance'] | undefined {
  const node = reader.object(value, path);
  if (!node) return undefined;
  const kind = node.kind;
  const amount = reader.number(node, 'value', path);
  if (kind !== 'ABSOLUTE' && kind !== 'RELATIVE') reader.fail(`${path}.kind`, 'must be ABSOLUTE or RELATIVE');
  if (amount !== undefined && amount < 0) reader.fail(`${path}.value`, 'must be ≥ 0');
  return (kind === 'ABSOLUTE' || kind === 'RELATIVE') && amount !== undefined
    ? { kind, value: amount }
    : undefined;
}

function readParameters(
  reader: PackReader,
  value: unknown,
  path: string,
  formula: FormulaId | undefined,
): Record<string, PackFormulaParameter> | undefined {
  const node = reader.object(value, path);
  if (!node) return undefined;
  const parameters: Record<string, PackFormulaParameter> = {};
  for (const [name, raw] of Object.entries(node)) {
    const parameter = reader.object(raw, `${path}.${name}`);
    if (!parameter) continue;
    const label = reader.string(parameter, 'label', `${path}.${name}`);
    const min = reader.number(parameter, 'min', `${path}.${name}`);
    const max = reader.number(parameter, 'max', `${path}.${name}`);
    const step = reader.number(parameter, 'step', `${path}.${name}`);
    const unit = reader.string(parameter, 'unit', `${path}.${name}`, true);
    if (min !== undefined && max !== undefined && min > max)
      reader.fail(`${path}.${name}.min`, 'must not be greater than max');
    if (step !== undefined && step <= 0) reader.fail(`${path}.${name}.step`, 'must be greater than 0');
    if (label && min !== undefined && max !== undefined && step !== undefined) {
      parameters[name] = { label, min, max, step, ...(unit ? { unit } : {}) };
    }
  }
  if (formula) {
    const inputs = FORMULAS[formula].inputs;
    inputs
      .filter((input) => !(input in node))
      .forEach((input) => reader.fail(`${path}.${input}`, `is required by ${formula}`));
    Object.keys(node)
      .filter((name) => !inputs.includes(name))
      .forEach((name) =>
        reader.fail(`${path}.${name}`, `is not an input of ${formula} (${inputs.join(', ')})`),
      );
  }
  return parameters;
}
