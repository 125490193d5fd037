import { html, type SafeHtml } from './html';

export interface PlayerAssets {
  script: string;
  styles: string;
}

/** Where a page's links and assets point. */
export interface PageContext {
  /** `/play/<token>` (with the service's mount path). */
  base: string;
  token: string;
  assets: PlayerAssets;
}

export interface Page {
  /** The document title before " – Markpoint". */
  title: string;
  /** The quiz title, shown in the banner (not a heading: each page has one h1, in main). */
  quizTitle?: string;
  timer?: SafeHtml;
  nav?: SafeHtml;
  main: SafeHtml;
}

/** The shell of every player page: skip link, banner, optional question navigation, main. */
export function layout(
  ctx: PageContext | { assets: PlayerAssets; base?: undefined; token?: undefined },
  page: Page,
): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${page.title} – Markpoint</title>
<link rel="stylesheet" href="${ctx.assets.styles}">
<script src="${ctx.assets.script}" defer></script>
</head>
<body${ctx.token ? html` data-base="${ctx.base}" data-session="${ctx.token}"` : ''}>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="banner">
<p class="quiz-title">${page.quizTitle ?? 'Markpoint'}</p>
${page.timer}
</header>
<div class="layout${page.nav ? ' with-nav' : ''}">
${page.nav}
<main id="main" tabindex="-1">
${page.main}
</main>
</div>
</body>
</html>`.value;
}

/** A UTC time the script rewrites in the learner's own time zone. */
export function timeText(date: Date): SafeHtml {
  const utc = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return html`<time datetime="${date.toISOString()}" data-local>${utc}</time>`;
}
