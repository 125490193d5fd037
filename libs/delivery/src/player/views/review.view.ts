import type { PlayerReview } from '../use-cases/get-player-review.use-case';
import { html, type SafeHtml } from './html';
import { layout, timeText, type PageContext } from './layout.view';

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function scoreSection(r: PlayerReview): SafeHtml {
  const a = r.attempt;
  if (!r.visible.score) {
    const when =
      r.reviewWhen === 'AFTER_CLOSE' && r.closesAt
        ? html`Your result will be shown here after the quiz closes (${timeText(new Date(r.closesAt))}).`
        : html`Your teacher will let you know your result.`;
    return html`<p>${when}</p>`;
  }
  const pending = a.status === 'AWAITING_MANUAL';
  return html`<ul class="summary">
      <li class="result">
        Score: ${points(a.score ?? 0)} out of ${points(a.maxScore ?? 0)} (${points(a.percentage ?? 0)}%)
      </li>
      ${!pending && a.passed !== null && html`<li class="result">Result: ${a.passed ? 'passed' : 'not passed yet'} (the pass mark is ${r.passMarkPercent}%)</li>`}
    </ul>
    ${pending && html`<p class="notice">Some answers are marked by your teacher. This score is provisional until they are marked.</p>`}`;
}

function breakdownSection(r: PlayerReview): SafeHtml {
  if (!r.visible.breakdown || r.breakdown.length === 0) return html``;
  const toRevise = r.breakdown.filter((b) => b.percentage < 100);
  const name = (b: PlayerReview['breakdown'][number]) => b.text ?? `Marking point ${b.key}`;
  return html`<h2>Marking points to revise</h2>
    ${
      toRevise.length
        ? html`<p>
              You did not get full marks on these
              ${toRevise.length === 1 ? 'marking point' : `${toRevise.length} marking points`}. Revise them
              before your next attempt:
            </p>
            <ul>
              ${toRevise.map((b) => html`<li>${name(b)} (${points(b.percentage)}%)</li>`)}
            </ul>`
        : html`<p>You got full marks on every marking point.</p>`
    }
    <table>
      <caption>
        Your score on each marking point
      </caption>
      <thead>
        <tr>
          <th scope="col">Marking point</th>
          <th scope="col">Score</th>
          <th scope="col">Percentage</th>
        </tr>
      </thead>
      <tbody>
        ${r.breakdown.map(
          (b) =>
            html`<tr>
              <th scope="row">${name(b)}</th>
              <td>${points(b.score)} of ${points(b.maxScore)}</td>
              <td>${points(b.percentage)}%</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function itemsSection(r: PlayerReview): SafeHtml {
  if (!r.visible.score) return html``;
  const rows = r.items.map((i) => {
    const state =
      i.status === 'PENDING_MANUAL'
        ? 'waiting for your teacher to mark it'
        : i.correct
          ? 'correct'
          : (i.score ?? 0) > 0
            ? 'partly correct'
            : 'not correct';
    const feedback =
      r.visible.feedback && i.feedback && i.status !== 'PENDING_MANUAL'
        ? i.correct
          ? i.feedback.correct
          : i.feedback.incorrect
        : '';
    return html`<li>
      Question ${i.position}: ${state}, ${points(i.score ?? 0)} of
      ${points(i.maxScore)}${i.answerText && html`<p>Correct answer: ${i.answerText}</p>`}${feedback && html`<p>${feedback}</p>`}
    </li>`;
  });
  return html`<h2>Your questions</h2>
    <ol class="summary">
      ${rows}
    </ol>`;
}

export function reviewPage(ctx: PageContext, r: PlayerReview): string {
  const a = r.attempt;
  const byDeadline = a.submittedBy === 'DEADLINE';
  return layout(ctx, {
    title: `Your result – ${r.quizTitle}`,
    quizTitle: r.quizTitle,
    main: html`<h1>Your result</h1>
      <p>
        ${byDeadline ? 'Time ran out, so your answers were submitted for you' : 'Your answers were submitted'}${
          a.submittedAt ? html` at ${timeText(a.submittedAt)}` : ''
        }.
      </p>
      ${scoreSection(r)} ${breakdownSection(r)} ${itemsSection(r)}
      ${
        r.examTips.length > 0 &&
        html`<h2>Exam tips</h2>
          <ul>
            ${r.examTips.map((t) => html`<li>${t}</li>`)}
          </ul>`
      }
      <p><a href="${ctx.base}">Back to the quiz page</a></p>`,
  });
}
