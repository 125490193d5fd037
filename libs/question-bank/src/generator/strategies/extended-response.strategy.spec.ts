import type { ExtendedResponseContent } from '@markpoint/grading';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext, strategyContexts } from '../testing/strategy-context';
import { ExtendedResponseStrategy, questionOf } from './extended-response.strategy';

describe(ExtendedResponseStrategy.name, () => {
  const sut = new ExtendedResponseStrategy();

  it('should turn sample 003 line 23 into a question that does not list its answer, with a criterion per action', () => {
    const [item] = sut.generate(strategyContext(sampleSpec(1), 0));
    const content = item.content as ExtendedResponseContent;
    expect(content.stem).toBe(
      'Identify business market types and explain their impact on customer service approaches. Support your answer with a relevant example.',
    );
    expect(content.rubric.slice(0, 2)).toEqual([
      { id: 'c1', description: 'Identifies business market types (B2B, B2C, internal)', marks: 2 },
      { id: 'c2', description: 'Explains their impact on customer service approaches', marks: 2 },
    ]);
    expect(content.guidance).toMatch(/^A full-mark answer: identifies business market types/);
  });

  it('should make the rubric marks add up to maxScore for every marking point', () => {
    for (const file of specFiles()) {
      for (const ctx of strategyContexts(file.spec, { packs: true })) {
        const [item] = sut.generate(ctx);
        if (!item) continue;
        const content = item.content as ExtendedResponseContent;
        expect(content.rubric.reduce((sum, criterion) => sum + criterion.marks, 0)).toBe(item.maxScore);
        expect(item.maxScore).toBeGreaterThanOrEqual(3);
        expect(item.provenance.lines).toContain(ctx.material.markingPoint.line);
      }
    }
  });

  it('should ask the learner to explain what an examiner checks, and level linking as ANALYSE', () => {
    const [check] = sut.generate(strategyContext(sampleSpec(0), 4));
    expect(check.content.stem).toMatch(
      /^Explain the appropriate handling of confidential customer information/,
    );
    expect((check.content as ExtendedResponseContent).rubric[0].description).toMatch(
      /^Explains how to handle confidential customer information/,
    );
    const [link] = sut.generate(strategyContext(sampleSpec(0), 3));
    expect(link.level).toBe('ANALYSE');
  });

  it('should keep exam technique out of the marking guidance', () => {
    for (const file of specFiles())
      for (const ctx of strategyContexts(file.spec, { packs: true }))
        for (const item of sut.generate(ctx))
          expect((item.content as ExtendedResponseContent).guidance).not.toMatch(/examiner tips|you should/i);
  });

  it('should set no written task for a marking point that only names evidence to produce', () => {
    // "Evidence must include a budget …": a budget needs figures the specification does not give.
    expect(sut.generate(strategyContext(sampleSpec(1), 3))).toEqual([]);
  });

  it('should move a clause the learner is to state from the question into the rubric', () => {
    expect(
      questionOf(
        'Name the stages of mitosis in order (Prophase, Metaphase) and state that two identical cells are produced',
      ),
    ).toEqual({
      question: 'Name the stages of mitosis in order',
      answers: ['two identical cells are produced'],
    });
  });
});
