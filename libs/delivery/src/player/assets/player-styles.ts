// The player's stylesheet, served from /play/assets (no inline styles: the pages' CSP forbids them).
// Colours meet 4.5:1 on white; state is always spelled out in text as well.
export const PLAYER_STYLES = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.5; color: #1b1b1b; background: #fff; }
a { color: #0b4ea2; text-underline-offset: 0.15em; }
a:hover { color: #07306a; }
:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; padding: 0.75rem 1rem; background: #fff;
  color: #0b4ea2; border: 2px solid #0b4ea2; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.banner { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between;
  padding: 0.75rem 1rem; border-bottom: 2px solid #4a4a4a; }
.banner .quiz-title { margin: 0; font-weight: 600; }
.timer { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; padding: 0.25rem 0.75rem;
  border: 2px solid #1b1b1b; border-radius: 0.25rem; }
.timer.is-low { border-width: 3px; }
.layout { display: grid; gap: 1.5rem; max-width: 72rem; margin: 0 auto; padding: 1rem; }
@media (min-width: 50rem) { .layout.with-nav { grid-template-columns: 16rem 1fr; } }
main:focus { outline: none; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.75rem; }
.hint, .muted { color: #4a4a4a; }
.question-nav ol { list-style: none; margin: 0; padding: 0; }
.question-nav li { margin: 0 0 0.25rem; }
.question-nav a { display: block; min-height: 2.75rem; padding: 0.6rem 0.75rem; border: 1px solid #6b6b6b;
  border-radius: 0.25rem; text-decoration: none; }
.question-nav a[data-answered="true"] { border-left: 0.5rem solid #0a6b2b; }
.question-nav a[aria-current="page"] { font-weight: 700; border-width: 2px; border-color: #1b1b1b; }
.question-nav a:hover { text-decoration: underline; }
.item { margin: 0 0 2rem; }
fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
legend { font-size: 1.15rem; font-weight: 600; padding: 0; margin: 0 0 0.75rem; }
legend .hint { display: block; font-size: 1rem; font-weight: 400; margin-top: 0.25rem; }
.stem { font-size: 1.15rem; font-weight: 600; }
.choice { display: flex; align-items: flex-start; gap: 0.75rem; min-height: 2.75rem; padding: 0.5rem 0.75rem;
  margin: 0 0 0.5rem; border: 1px solid #6b6b6b; border-radius: 0.25rem; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; flex: none; accent-color: #0b4ea2; }
.choice label { flex: 1; cursor: pointer; }
.field { margin: 0 0 1rem; }
.field label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input[type="text"], select, textarea { font: inherit; color: #1b1b1b; background: #fff; min-height: 2.75rem;
  padding: 0.4rem 0.6rem; border: 2px solid #4a4a4a; border-radius: 0.25rem; max-width: 100%; }
textarea { width: 100%; min-height: 10rem; }
.with-unit { display: flex; align-items: center; gap: 0.5rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.5rem 0; align-items: center; }
button, .button { font: inherit; display: inline-flex; align-items: center; justify-content: center; min-height: 2.75rem;
  min-width: 2.75rem; padding: 0.5rem 1.25rem; border-radius: 0.25rem; border: 2px solid #0b4ea2; cursor: pointer;
  text-decoration: none; }
.button-primary { background: #0b4ea2; color: #fff; }
.button-primary:hover { background: #07306a; border-color: #07306a; color: #fff; }
.button-secondary { background: #fff; color: #0b4ea2; }
button:disabled { cursor: not-allowed; background: #e8e8e8; color: #4a4a4a; border-color: #6b6b6b; }
.status { min-height: 1.5rem; margin: 0.5rem 0; color: #1b1b1b; }
.alert { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 2px solid #a4001d; border-left-width: 0.5rem; color: #1b1b1b; }
/* Empty alerts stay in the accessibility tree (not display: none) so that filling them is announced. */
.alert:empty { padding: 0; margin: 0; border: 0; }
.notice { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 2px solid #0b4ea2; border-left-width: 0.5rem; }
.summary { margin: 0 0 1rem; padding: 0; list-style: none; }
.summary li { margin: 0 0 0.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #6b6b6b; vertical-align: top; }
.result { font-size: 1.2rem; font-weight: 700; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
