import { extractModels } from './extract-models';
import type { SourceLine } from './phrases';

const at = (text: string, line: number, concept?: string): SourceLine => ({
  text,
  line,
  endLine: line,
  source: concept ? 'KEY_CONCEPT' : 'MARKING_POINT',
  ...(concept ? { concept } : {}),
});

describe(extractModels.name, () => {
  const sut = extractModels;

  it('should read the LATER model and its steps in order from sample 000 line 7', () => {
    const [model] = sut(
      at(
        "Structured approaches to managing dissatisfied customers, including the use of the 'LATER' model (Listen, Apologise, Thank, Explain, Resolve) and escalation procedures.",
        7,
        'Complaint handling and resolution',
      ),
    );
    expect(model).toMatchObject({
      kind: 'MODEL',
      name: 'LATER model',
      acronym: 'LATER',
      steps: ['Listen', 'Apologise', 'Thank', 'Explain', 'Resolve'],
      ordered: true,
      lines: [7],
    });
  });

  it('should read the LASS model, whose last step has two words', () => {
    const [model] = sut(
      at(
        "including the use of the 'LASS' model (Listen, Apologise, Solve, Say thanks) and escalation",
        6,
        'Complaint Handling',
      ),
    );
    expect(model.steps).toEqual(['Listen', 'Apologise', 'Solve', 'Say thanks']);
  });

  it('should read a hyphenated cycle with its acronym as ordered steps', () => {
    const [model] = sut(
      at(
        'Using tools like the Plan-Do-Check-Act (PDCA) cycle and customer feedback surveys',
        9,
        'Continuous Improvement',
      ),
    );
    expect(model).toMatchObject({
      name: 'Plan-Do-Check-Act (PDCA) cycle',
      acronym: 'PDCA',
      steps: ['Plan', 'Do', 'Check', 'Act'],
      ordered: true,
    });
  });

  it('should treat a triad as a set, not a sequence', () => {
    const [model] = sut(
      at('naming all three parts of the CIA triad (Confidentiality, Integrity, Availability)', 23),
    );
    expect(model).toMatchObject({ name: 'CIA triad', ordered: false });
  });

  it("should take a list that spells the concept's acronym as the concept's parts", () => {
    const [model] = sut(
      at(
        'Project objectives written to be Specific, Measurable, Achievable, Relevant and Time-bound, so that success can be judged',
        9,
        'SMART objectives',
      ),
    );
    expect(model).toMatchObject({
      name: 'SMART objectives',
      steps: ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound'],
      ordered: false,
    });
  });

  it('should read a counted acronym such as the 4 Cs', () => {
    const [model] = sut(
      at(
        'explaining the 4 Cs (Cleaning, Cooking, Chilling, Cross-contamination) with a practical control',
        26,
      ),
    );
    expect(model.steps).toEqual(['Cleaning', 'Cooking', 'Chilling', 'Cross-contamination']);
  });

  it('should ignore brackets whose words do not spell the acronym before them', () => {
    expect(sut(at('key performance indicators (KPIs) such as NPS (net score)', 5))).toEqual([]);
  });
});
