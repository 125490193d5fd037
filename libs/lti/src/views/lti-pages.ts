import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { html, raw, type SafeHtml } from '@markpoint/delivery';

/**
 * The LTI pages: small, server-rendered, inside an LMS iframe. Their scripts and styles carry a
 * per-response CSP nonce; nothing else may run.
 */
export interface LtiPage {
  title: string;
  main: SafeHtml;
  /** Script body (trusted code of this file, data passed as JSON). */
  script?: string;
  status?: number;
}

const STYLES = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:56rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
.notice{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdf2f2}
.ok{color:#1b5e20}.bad{color:#b00020}.muted{color:#555}
button,input,select{font:inherit;padding:.35rem .6rem}
label{display:block;margin:.6rem 0 .2rem;font-weight:600}
fieldset{border:1px solid #bbb;margin:1rem 0;padding:.5rem 1rem}
code{font-size:.9em;background:#f3f3f3;padding:0 .2rem}
`;

export function sendPage(res: Response, page: LtiPage): void {
  const nonce = randomBytes(16).toString('base64');
  res.status(page.status ?? 200);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Framed by the LMS (no frame-ancestors); forms post back to the LMS (deep linking).
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; form-action 'self' https: http:; base-uri 'none'`,
  );
  res.send(
    html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <link rel="icon" href="data:," />
          <title>${page.title} – Markpoint</title>
          <style nonce="${nonce}">
            ${raw(STYLES)}
          </style>
        </head>
        <body>
          <main id="main">${page.main}</main>
          ${
            page.script
              ? html`<script nonce="${nonce}">
                  ${raw(page.script)};
                </script>`
              : ''
          }
        </body>
      </html>`.value,
  );
}

/** Serialises data for a script block (no `</script>` or HTML comment can break out). */
export function scriptData(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function refusalPage(message: string, code: string, status: number): LtiPage {
  return {
    title: 'The activity could not be opened',
    status,
    main: html`<h1>The activity could not be opened</h1>
      <p class="notice" role="alert">${message}</p>
      <p class="muted">Reason code for your administrator: <code>${code}</code></p>`,
  };
}

/** A form that posts itself (OIDC form_post, deep-linking response); the button is for no-script. */
export function autoPostPage(title: string, action: string, fields: Record<string, string>): LtiPage {
  return {
    title,
    main: html`<h1>${title}</h1>
      <form id="autopost" method="post" action="${action}">
        ${Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        <button type="submit">Continue</button>
      </form>`,
    script: `document.getElementById('autopost').submit();`,
  };
}

// LTI Client-side postMessage platform storage: put the state before the login redirect, get it
// back before the launch is checked. Both wait at most 3 s, then carry on (cookies may still work).
const STORAGE_SCRIPT = `
function platformStorage(d, subject, payload, done) {
  var frame = d.target === '_parent' ? window.parent : (window.parent.frames[d.target] || window.opener);
  var id = Math.random().toString(36).slice(2);
  var finished = false;
  function finish(value) { if (!finished) { finished = true; window.removeEventListener('message', onMessage); done(value); } }
  function onMessage(event) {
    if (event.origin !== d.origin) return;
    var m = event.data || {};
    if (m.message_id !== id || m.subject !== subject + '.response') return;
    finish(m.error ? null : (m.value === undefined ? true : m.value));
  }
  window.addEventListener('message', onMessage);
  if (!frame) return finish(null);
  var message = Object.assign({ subject: subject, message_id: id }, payload);
  frame.postMessage(message, d.origin);
  setTimeout(function () { finish(null); }, 3000);
}`;

export function storagePutPage(data: {
  target: string;
  origin: string;
  key: string;
  value: string;
  next: string;
}): LtiPage {
  return {
    title: 'Opening the activity',
    main: html`<h1>Opening the activity…</h1>
      <p><a id="next" href="${data.next}">Continue</a></p>`,
    script: `${STORAGE_SCRIPT}
var d = ${scriptData(data)};
platformStorage(d, 'lti.put_data', { key: d.key, value: d.value }, function () { window.location.replace(d.next); });`,
  };
}

export function storageGetPage(data: {
  target: string;
  origin: string;
  key: string;
  action: string;
  fields: Record<string, string>;
}): LtiPage {
  return {
    title: 'Opening the activity',
    main: html`<h1>Opening the activity…</h1>
      <form id="relaunch" method="post" action="${data.action}">
        ${Object.entries(data.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        <input type="hidden" name="lti_storage_value" id="storage-value" value="" />
        <button type="submit">Continue</button>
      </form>`,
    script: `${STORAGE_SCRIPT}
var d = ${scriptData({ target: data.target, origin: data.origin, key: data.key })};
platformStorage(d, 'lti.get_data', { key: d.key }, function (value) {
  document.getElementById('storage-value').value = typeof value === 'string' ? value : '';
  document.getElementById('relaunch').submit();
});`,
  };
}
