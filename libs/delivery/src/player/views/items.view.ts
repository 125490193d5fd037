import type { LearnerItemView } from '../../domain/learner-item-view';
import { FIELD_PROBLEM_TEXT, isAnswered, type FieldProblem } from '../domain/item-fields';
import type { PlayerAttempt } from '../use-cases/load-player-attempt.use-case';
import { html, type SafeHtml } from './html';
import { itemControls } from './item-controls.view';
import { layout, type PageContext } from './layout.view';

export function answeredCount(items: LearnerItemView[]): number {
  return items.filter((i) => isAnswered(i.response)).length;
}

/** The visible countdown (never announced) and the assertive region the script fills at 10, 5 and 1 min. */
export function timer(deadlineAt: Date | null, now: Date): SafeHtml | undefined {
  if (!deadlineAt) return undefined;
  const remaining = Math.max(0, deadlineAt.getTime() - now.getTime());
  const minutes = Math.ceil(remaining / 60_000);
  return html`<p class="timer" id="timer" role="timer" data-remaining-ms="${remaining}">
      Time left: <span id="timer-text">${minutes} min</span>
    </p>
    <p class="visually-hidden" id="timer-alert" aria-live="assertive" aria-atomic="true"></p>`;
}

/** Links to every question with its state in words, and the progress. */
export function questionNav(ctx: PageContext, p: PlayerAttempt, current: number | null): SafeHtml {
  const onePage = p.quiz.settings.layout === 'ALL_ON_ONE_PAGE';
  const links = p.items.map((item) => {
    const answered = isAnswered(item.response);
    const href = onePage ? `#q-${item.position}` : `${ctx.base}/items/${item.position}`;
    return html`<li>
      <a
        href="${href}"
        data-nav-position="${item.position}"
        data-answered="${String(answered)}"
        ${current === item.position ? html` aria-current="page"` : ''}
        >Question ${item.position}, ${answered ? 'answered' : 'unanswered'}</a
      >
    </li>`;
  });
  return html`<nav class="question-nav" aria-labelledby="nav-heading">
    <h2 id="nav-heading">Questions</h2>
    <p id="progress">${answeredCount(p.items)} of ${p.items.length} answered</p>
    <ol>
      ${links}
    </ol>
    <p><a href="${ctx.base}/confirm">Check and submit</a></p>
  </nav>`;
}

function problemText(problems: { position: number; problem: FieldProblem }[]): string {
  return problems
    .map((p) => `Question ${p.position} was not saved: ${FIELD_PROBLEM_TEXT[p.problem]}.`)
    .join(' ');
}

/** Alerts and the polite autosave status, shared by both layouts. */
function statusRegions(problems: { position: number; problem: FieldProblem }[]): SafeHtml {
  return html`<p class="alert" id="time-up" role="alert"></p>
    <p class="alert" id="autosave-problem" role="alert">${problemText(problems)}</p>`;
}

const autosaveStatus = html`<p class="status" id="autosave-status" aria-live="polite">
  Answers are saved as you go.
</p>`;

export function itemPage(
  ctx: PageContext,
  p: PlayerAttempt,
  view: LearnerItemView,
  problems: { position: number; problem: FieldProblem }[],
  now: Date,
): string {
  const n = p.items.length;
  const last = view.position === n;
  return layout(ctx, {
    title: `${problems.length ? 'Not saved: ' : ''}Question ${view.position} of ${n} – ${p.quiz.title}`,
    quizTitle: p.quiz.title,
    timer: timer(p.attempt.deadlineAt, now),
    nav: questionNav(ctx, p, view.position),
    main: html`<h1>Question ${view.position} of ${n}</h1>
      ${statusRegions(problems)}
      <form method="post" action="${ctx.base}/items/${view.position}" novalidate>
        <input type="hidden" name="session" value="${ctx.token}" />
        ${itemControls(view)} ${autosaveStatus}
        <!-- The forward button comes first: pressing Enter in a text box submits with the first button. -->
        <div class="actions">
          ${
            last
              ? html`<button type="submit" name="go" value="confirm" class="button-primary">
                  Check and submit
                </button>`
              : html`<button type="submit" name="go" value="next" class="button-primary">
                  Next question
                </button>`
          }
          ${view.position > 1 && html`<button type="submit" name="go" value="prev" class="button-secondary">Previous question</button>`}
        </div>
      </form>`,
  });
}

export function allItemsPage(
  ctx: PageContext,
  p: PlayerAttempt,
  problems: { position: number; problem: FieldProblem }[],
  now: Date,
): string {
  const sections = p.items.map(
    (view) =>
      html`<section id="q-${view.position}" aria-labelledby="q-${view.position}-heading">
        <h2 id="q-${view.position}-heading">Question ${view.position}</h2>
        ${itemControls(view)}
      </section>`,
  );
  return layout(ctx, {
    title: `${problems.length ? 'Not saved: ' : ''}${p.quiz.title}`,
    quizTitle: p.quiz.title,
    timer: timer(p.attempt.deadlineAt, now),
    nav: questionNav(ctx, p, null),
    main: html`<h1>${p.quiz.title}: ${p.items.length} questions</h1>
      ${statusRegions(problems)}
      <form method="post" action="${ctx.base}/items" novalidate>
        <input type="hidden" name="session" value="${ctx.token}" />
        ${sections} ${autosaveStatus}
        <div class="actions">
          <button type="submit" name="go" value="confirm" class="button-primary">
            Save and check answers
          </button>
        </div>
      </form>`,
  });
}
