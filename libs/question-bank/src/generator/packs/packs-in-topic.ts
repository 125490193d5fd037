import type { KnowledgePack } from './knowledge-pack';

/**
 * The packs a specification is about: those with at least two entries (a model, a law, a category
 * or one of its terms) the text names. A pack never brings distractors into a topic it does not
 * touch: "Shine" from the 5S model has no place in a bank on mitosis.
 */
export function packsInTopic(packs: readonly KnowledgePack[], specText: string): KnowledgePack[] {
  const text = ` ${specText.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const named = (name: string): boolean => {
    const words = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return words.length >= 3 && text.includes(` ${words} `);
  };
  return packs.filter((pack) => {
    const names = [
      ...pack.models.flatMap((model) => [
        model.name,
        ...(model.acronym ? [model.acronym] : []),
        ...model.aliases,
      ]),
      ...pack.legislation.flatMap((law) => [law.name, ...law.aliases]),
      ...pack.categories.flatMap((category) => [
        category.plural,
        ...category.aliases,
        ...category.terms.map((term) => term.term),
      ]),
    ];
    return names.filter(named).length >= 2;
  });
}
