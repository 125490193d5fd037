// The player's only script, served from /play/assets: autosave, the timer and local times.
// Pages work without it (every form POST saves). Keep it small and free of dependencies.
export const PLAYER_SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var base = body.getAttribute('data-base');
  var session = body.getAttribute('data-session');
  if (!base || !session) return;
  var statusEl = document.getElementById('autosave-status');
  var problemEl = document.getElementById('autosave-problem');
  var timers = {};

  function two(n) { return (n < 10 ? '0' : '') + n; }
  function clock(iso) {
    var d = new Date(iso);
    return two(d.getHours()) + ':' + two(d.getMinutes());
  }
  function number(text) {
    var t = text.replace(/[\\s,\\u00a3$\\u20ac%]/g, '');
    if (t === '') return null;
    return /^[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?$/i.test(t) ? Number(t) : NaN;
  }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function setProblem(text) { if (problemEl) problemEl.textContent = text; }

  // The same rules as the server's form parser: { response } to save, { skip } or { problem }.
  function collect(item) {
    var type = item.getAttribute('data-type');
    var answered = item.getAttribute('data-answered') === 'true';
    var checked = all(item, 'input:checked').map(function (i) { return i.value; });
    var text = item.querySelector('input[type="text"], textarea');
    if (type === 'SINGLE_CHOICE') return checked.length ? { response: { type: type, optionId: checked[0] } } : { skip: true };
    if (type === 'TRUE_FALSE') return checked.length ? { response: { type: type, value: checked[0] === 'true' } } : { skip: true };
    if (type === 'MULTIPLE_RESPONSE') return checked.length || answered ? { response: { type: type, optionIds: checked } } : { skip: true };
    if (type === 'ORDERING') {
      var rows = all(item, 'select[data-step]');
      var chosen = rows.filter(function (s) { return s.value !== ''; });
      if (chosen.length === 0) return { skip: true };
      var used = {};
      var clash = chosen.some(function (s) { var c = used[s.value]; used[s.value] = true; return c; });
      if (clash || chosen.length < rows.length) return { problem: 'give every step a different position' };
      var ordered = rows.slice().sort(function (a, b) { return Number(a.value) - Number(b.value); });
      return { response: { type: type, stepIds: ordered.map(function (s) { return s.getAttribute('data-step'); }) } };
    }
    if (type === 'MATCHING') {
      var matches = {};
      var any = false;
      all(item, 'select[data-prompt]').forEach(function (s) {
        if (s.value !== '') { matches[s.getAttribute('data-prompt')] = s.value; any = true; }
      });
      return any || answered ? { response: { type: type, matches: matches } } : { skip: true };
    }
    if (type === 'NUMERIC') {
      var value = number(text.value);
      if (value === null) return { skip: true };
      return isNaN(value) ? { problem: 'enter a number, such as 12.5' } : { response: { type: type, value: value } };
    }
    return text.value !== '' || answered ? { response: { type: type, text: text.value } } : { skip: true };
  }

  function isAnswered(r) {
    if (r.optionIds) return r.optionIds.length > 0;
    if (r.matches) return Object.keys(r.matches).length > 0;
    if (typeof r.text === 'string') return r.text.trim() !== '';
    return true;
  }

  function markAnswered(item, position, answered) {
    item.setAttribute('data-answered', String(answered));
    var link = document.querySelector('[data-nav-position="' + position + '"]');
    if (link) {
      link.setAttribute('data-answered', String(answered));
      link.textContent = 'Question ' + position + ', ' + (answered ? 'answered' : 'unanswered');
    }
    var progress = document.getElementById('progress');
    if (progress) {
      var total = all(document, '[data-nav-position]');
      var done = total.filter(function (l) { return l.getAttribute('data-answered') === 'true'; });
      progress.textContent = done.length + ' of ' + total.length + ' answered';
    }
  }

  // One request at a time per question, each sending the values current when it starts, so a slow
  // early save can never land after a later one.
  var chains = {};
  function save(item) {
    var position = item.getAttribute('data-position');
    clearTimeout(timers[position]);
    delete timers[position];
    chains[position] = (chains[position] || Promise.resolve()).then(function () { return send(item, position); });
    return chains[position];
  }
  function send(item, position) {
    var result = collect(item);
    if (result.skip) return Promise.resolve();
    if (result.problem) {
      setProblem('Question ' + position + ' is not saved yet: ' + result.problem + '.');
      return Promise.resolve();
    }
    return fetch(base + '/responses/' + position, {
      method: 'PUT',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'X-Player-Session': session },
      body: JSON.stringify({ response: result.response })
    }).then(function (res) {
      return res.json().then(function (json) {
        if (res.ok) {
          setProblem('');
          markAnswered(item, position, isAnswered(result.response));
          if (statusEl) statusEl.textContent = 'Saved at ' + clock(json.savedAt);
        } else if (res.status === 409) {
          window.location.assign(base + '/review');
        } else {
          setProblem('Question ' + position + ' was not saved: ' + (json.message || 'please try again') + '.');
        }
      });
    }).catch(function () {
      setProblem('Question ' + position + ' was not saved: the connection failed. It is saved when you move on.');
    });
  }

  function itemOf(el) { return el.closest ? el.closest('[data-position]') : null; }
  // Sends the answers still waiting for the typing pause, then waits for every save under way.
  function flush() {
    Object.keys(timers).forEach(function (p) { save(document.querySelector('[data-position="' + p + '"]')); });
    return Promise.all(Object.keys(chains).map(function (p) { return chains[p]; }));
  }
  document.addEventListener('change', function (e) {
    var item = itemOf(e.target);
    if (item) save(item);
  });
  document.addEventListener('input', function (e) {
    var item = itemOf(e.target);
    if (!item || e.target.tagName === 'SELECT') return;
    var position = item.getAttribute('data-position');
    clearTimeout(timers[position]);
    timers[position] = setTimeout(function () { save(item); }, 1200);
  });
  all(document, '[data-nav-position]').forEach(function (link) {
    link.addEventListener('click', function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      if (link.getAttribute('href').charAt(0) === '#') return;
      e.preventDefault();
      flush().then(function () { window.location.assign(link.href); });
    });
  });
  // The form POST saves too; it waits for the saves under way so that it is the last write.
  all(document, 'form').forEach(function (form) {
    var ready = false;
    form.addEventListener('submit', function (e) {
      Object.keys(timers).forEach(function (p) { clearTimeout(timers[p]); });
      timers = {};
      if (ready || !form.requestSubmit) return;
      e.preventDefault();
      var submitter = e.submitter || null;
      // A task later, not a microtask: a submission started while the submit event is still being
      // dispatched is ignored by the browser.
      flush().then(function () {
        setTimeout(function () {
          ready = true;
          form.requestSubmit(submitter);
        }, 0);
      });
    });
  });

  all(document, 'time[data-local]').forEach(function (t) {
    var d = new Date(t.getAttribute('datetime'));
    if (!isNaN(d.getTime())) t.textContent = d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  });

  var timer = document.getElementById('timer');
  if (!timer) return;
  var display = document.getElementById('timer-text');
  var announcer = document.getElementById('timer-alert');
  var endsAt = Date.now() + Number(timer.getAttribute('data-remaining-ms'));
  var thresholds = [10, 5, 1];
  var announced = {};
  thresholds.forEach(function (m) { announced[m] = endsAt - Date.now() <= m * 60000; });
  function format(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    return (h ? h + ':' + two(m) : String(m)) + ':' + two(s % 60);
  }
  function expired() {
    all(document, 'main input, main select, main textarea, main button').forEach(function (el) { el.disabled = true; });
    var banner = document.getElementById('time-up');
    var message = 'Time is up. Your answers have been submitted. Opening your result.';
    if (banner) banner.textContent = message;
    var tries = 0;
    (function poll() {
      tries += 1;
      fetch(base + '/status', { credentials: 'omit', headers: { 'X-Player-Session': session } })
        .then(function (res) { return res.json(); })
        .then(function (s) {
          if (s.status !== 'IN_PROGRESS' || tries >= 15) window.location.assign(base + '/review');
          else setTimeout(poll, 1000);
        }, function () { if (tries < 15) setTimeout(poll, 1000); else window.location.assign(base + '/review'); });
    })();
  }
  function tick() {
    var left = endsAt - Date.now();
    display.textContent = format(left);
    thresholds.forEach(function (m) {
      if (!announced[m] && left <= m * 60000) {
        announced[m] = true;
        timer.classList.add('is-low');
        announcer.textContent = m === 1 ? '1 minute left' : m + ' minutes left';
      }
    });
    if (left <= 0) { clearInterval(interval); expired(); }
  }
  var interval = setInterval(tick, 1000);
  tick();
})();
`;
