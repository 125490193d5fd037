// Only these articles are dropped, and only at the start: "The balance sheet" = "balance sheet".
const LEADING_ARTICLE = /^(?:the|an|a) (?=\S)/;

/**
 * The comparable form of a short answer: Unicode NFKC, lower case (en-GB), `&` read as "and",
 * thousands commas dropped between digits (1,000 = 1000), decimal points kept between digits
 * (2.5), apostrophes dropped inside words (owner's = owners), every other punctuation mark or
 * symbol (dashes, quotes, £, %) turned into a space, whitespace collapsed and trimmed, then one
 * leading article ("the", "a", "an") removed.
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en-GB')
    .replace(/&/g, ' and ')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
    .replace(/(?<=\p{L})['’‘](?=\p{L})/gu, '')
    .replace(/[^\P{P}.]|\p{S}/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/**
 * Whether two answers agree after `normaliseAnswer`, ignoring where the word breaks fall, so
 * "break-even", "break even" and "breakeven" all match. An answer with no letters or digits left
 * matches nothing.
 */
export function answersMatch(given: string, accepted: string): boolean {
  const normalisedGiven = withoutSpaces(normaliseAnswer(given));
  return normalisedGiven !== '' && normalisedGiven === withoutSpaces(normaliseAnswer(accepted));
}

function withoutSpaces(text: string): string {
  return text.replace(/ /g, '');
}
