// Words that carry no topic meaning: they must never make two spec lines look related.
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under as is are was were be been ' +
    'being this that these those it its their them they there which who whom whose what when where why how than then ' +
    'such e.g eg i.e ie etc including include includes using use used uses via per all any each every some more most ' +
    'other others own same so too very can could should would must may might will shall do does did done has have had ' +
    'not no only also both either neither between through about against during before after above below up down out ' +
    'off again further once here just while ensure ensuring award credit credits given mark marks marking reward ' +
    'rewards assessor assessors evidence look looks check checks reflect reflects clear clearly accurate accurately ' +
    'correct correctly appropriate relevant key ability demonstrate demonstrating demonstration always well'
  ).split(' '),
);

// Suffixes removed by `stem`, longest first; the replacement keeps e.g. "policies" → "policy".
const SUFFIXES: [string, string][] = [
  ['isations', 'ise'],
  ['izations', 'ise'],
  ['isation', 'ise'],
  ['ization', 'ise'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ities', ''],
  ['ity', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ses', 's'],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['ly', ''],
];

/**
 * A deliberately light stemmer ("stemming-lite"): strips one common English suffix, folds
 * -ize/-ise and trailing "e", and keeps at most 7 characters, so that "analysed", "analyses" and
 * "analysing" meet, and so do "customers"/"customer" and "complaints"/"complaint".
 */
export function stem(word: string): string {
  let result = word.toLowerCase().replace(/[’']s$/, '');
  if (result.length > 4 && !result.endsWith('ss') && !result.endsWith('is') && !result.endsWith('us')) {
    for (const [suffix, replacement] of SUFFIXES) {
      if (result.endsWith(suffix) && result.length - suffix.length >= 3) {
        result = result.slice(0, result.length - suffix.length) + replacement;
        break;
      }
    }
  }
  if (result.endsWith('is') && result.length > 5) result = result.slice(0, -2);
  result = result.replace(/iz/g, 'is').replace(/e$/, '');
  return result.slice(0, 7);
}

/** The words of a text, lower-cased, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/** The meaningful stems of a text: stopwords and one-letter words dropped, order kept, no repeats. */
export function contentStems(text: string): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    seen.add(stem(word));
  }
  return [...seen];
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Whether two short phrases share a meaningful stem ("Thank" and "Say thanks" do). */
export function sharesStem(a: string, b: string): boolean {
  const stems = new Set(contentStems(a));
  return contentStems(b).some((candidate) => stems.has(candidate));
}
