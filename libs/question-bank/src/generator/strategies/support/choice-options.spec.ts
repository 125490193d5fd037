import { createRandom } from '@markpoint/grading';
import { moveKey, pickDistractors, shuffleOptions } from './choice-options';

describe(pickDistractors.name, () => {
  const sut = pickDistractors;
  const pool = ['Act', 'Say thanks', 'Thank', 'Assurance', 'Attention'].map((text) => ({
    text,
    why: `${text} is wrong`,
  }));

  it('should never offer the key, a repeat, or a word shared with the key', () => {
    const picked = sut(createRandom('x'), ['Thank'], [...pool, pool[0]], 5, ['Thank']).map(
      (candidate) => candidate.text,
    );
    expect(picked.sort()).toEqual(['Act', 'Assurance', 'Attention']);
  });

  it('should swap in a longer distractor when the key would be the longest option', () => {
    const short = ['Do', 'Act', 'Plan'].map((text) => ({ text, why: '' }));
    const picked = sut(
      createRandom('y'),
      ['Check it'],
      [...short, { text: 'Establish critical limits', why: '' }],
      2,
    );
    expect(picked.some((candidate) => candidate.text.length > 'Check it'.length)).toBe(true);
  });

  it('should give the same distractors for the same seed', () => {
    expect(sut(createRandom('z'), ['Key'], pool, 2)).toEqual(sut(createRandom('z'), ['Key'], pool, 2));
  });
});

describe(shuffleOptions.name, () => {
  it('should label options a, b, c… in display order and report the key ids', () => {
    const { options, correctIds } = shuffleOptions(
      createRandom('s'),
      [{ text: 'Right', why: 'yes' }],
      [
        { text: 'Wrong', why: 'no' },
        { text: 'Also wrong', why: 'no' },
      ],
    );
    expect(options.map((option) => option.id)).toEqual(['a', 'b', 'c']);
    expect(options.find((option) => option.id === correctIds[0])?.text).toBe('Right');
  });
});

describe(moveKey.name, () => {
  it('should move the key to the position asked and relabel the options', () => {
    const options = ['A', 'B', 'C', 'D'].map((text, index) => ({ id: 'abcd'[index], text }));
    const moved = moveKey(options, 'a', 3);
    expect(moved.options.map((option) => option.text)).toEqual(['B', 'C', 'D', 'A']);
    expect(moved.keyId).toBe('d');
  });
});
