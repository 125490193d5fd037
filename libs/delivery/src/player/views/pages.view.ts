import { isAnswered } from '../domain/item-fields';
import type { PlayerAttempt } from '../use-cases/load-player-attempt.use-case';
import { html } from './html';
import { answeredCount, questionNav, timer } from './items.view';
import { layout, timeText, type PageContext, type PlayerAssets } from './layout.view';

function attemptsLine(p: PlayerAttempt): string {
  if (p.attemptsAllowed === null)
    return `This is attempt ${p.attempt.number}; there is no limit on attempts.`;
  const left = Math.max(0, p.attemptsAllowed - p.attemptsUsed);
  return `Attempts used: ${p.attemptsUsed} of ${p.attemptsAllowed} (${left} left after this one).`;
}

export function introPage(ctx: PageContext, p: PlayerAttempt, now: Date): string {
  const open = p.attempt.status === 'IN_PROGRESS';
  const started = answeredCount(p.items) > 0;
  const canStartAgain =
    !open &&
    (p.attemptsAllowed === null || p.attemptsUsed < p.attemptsAllowed) &&
    (!p.quiz.settings.closesAt || new Date(p.quiz.settings.closesAt) > now);
  return layout(ctx, {
    title: p.quiz.title,
    quizTitle: p.quiz.title,
    main: html`<h1>${p.quiz.title}</h1>
      <ul class="summary">
        <li>Questions: ${p.items.length}</li>
        <li>Time limit: ${p.timeLimit ?? 'none'}</li>
        ${p.attempt.deadlineAt && html`<li>${open ? 'Finish by' : 'Deadline was'}: ${timeText(p.attempt.deadlineAt)}</li>`}
        <li>${attemptsLine(p)}</li>
      </ul>
      ${
        open
          ? html`<p>
                Your answers are saved as you go. You can leave and come back with the same
                link${p.attempt.deadlineAt ? ', but the time keeps running' : ''}.
              </p>
              <form method="post" action="${ctx.base}/start">
                <input type="hidden" name="session" value="${ctx.token}" />
                <div class="actions">
                  <button type="submit" class="button-primary">
                    ${started ? 'Resume the quiz' : 'Start the quiz'}
                  </button>
                </div>
              </form>`
          : html`<p class="notice">You have submitted this attempt.</p>
              <p><a href="${ctx.base}/review">See your result</a></p>
              ${
                canStartAgain &&
                html`<form method="post" action="${ctx.base}/start">
                  <input type="hidden" name="session" value="${ctx.token}" />
                  <div class="actions">
                    <button type="submit" class="button-primary">Start attempt ${p.attemptsUsed + 1}</button>
                  </div>
                </form>`
              }`
      }`,
  });
}

export function confirmPage(ctx: PageContext, p: PlayerAttempt, now: Date): string {
  const onePage = p.quiz.settings.layout === 'ALL_ON_ONE_PAGE';
  const unanswered = p.items.filter((i) => !isAnswered(i.response));
  const href = (position: number) =>
    onePage ? `${ctx.base}/items#q-${position}` : `${ctx.base}/items/${position}`;
  return layout(ctx, {
    title: `Check your answers – ${p.quiz.title}`,
    quizTitle: p.quiz.title,
    timer: timer(p.attempt.deadlineAt, now),
    nav: questionNav(ctx, p, null),
    main: html`<h1>Check your answers before you submit</h1>
      <p class="alert" id="time-up" role="alert"></p>
      <p>You have answered ${answeredCount(p.items)} of ${p.items.length} questions.</p>
      ${
        unanswered.length
          ? html`<h2>Unanswered questions</h2>
              <ul>
                ${unanswered.map((i) => html`<li><a href="${href(i.position)}">Question ${i.position}</a></li>`)}
              </ul>`
          : html`<p>Every question has an answer.</p>`
      }
      <p>Once you submit, you cannot change your answers.</p>
      <form method="post" action="${ctx.base}/submit">
        <input type="hidden" name="session" value="${ctx.token}" />
        <div class="actions">
          <button type="submit" class="button-primary">Submit answers</button>
          <a class="button button-secondary" href="${onePage ? `${ctx.base}/items` : `${ctx.base}/items/1`}"
            >Back to the questions</a
          >
        </div>
      </form>`,
  });
}

/** A page for a refused link or a failed request; the message is plain text for the learner. */
export function errorPage(
  assets: PlayerAssets,
  e: { title: string; message: string; advice: string; requestId?: string },
): string {
  return layout(
    { assets },
    {
      title: e.title,
      main: html`<h1>${e.title}</h1>
        <p class="alert" role="alert">${e.message}</p>
        <p>${e.advice}</p>
        ${e.requestId && html`<p class="muted">Reference for support: ${e.requestId}</p>`}`,
    },
  );
}
