import { extractConcept } from './extract-concepts';

describe(extractConcept.name, () => {
  it('should keep the name and definition of sample 003 line 9', () => {
    const sut = extractConcept;
    const fact = sut({
      text: 'Using tools like the Plan-Do-Check-Act (PDCA) cycle and customer feedback surveys to identify areas for improvement and implement changes.',
      name: 'Continuous Improvement',
      description:
        'Using tools like the Plan-Do-Check-Act (PDCA) cycle and customer feedback surveys to identify areas for improvement and implement changes.',
      line: 9,
      endLine: 9,
      source: 'KEY_CONCEPT',
    });
    expect(fact).toMatchObject({
      kind: 'CONCEPT',
      name: 'Continuous Improvement',
      definition:
        'Using tools like the Plan-Do-Check-Act (PDCA) cycle and customer feedback surveys to identify areas for improvement and implement changes.',
      lines: [9],
    });
  });
});
