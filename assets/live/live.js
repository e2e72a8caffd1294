/* live.js - the phone page of the live class quiz (accountwijs, issue 15).
 *
 * One page, no framework, nothing fetched from elsewhere: it talks to the
 * program over one WebSocket (/ws) with the JSON messages of the contract
 * (docs: src/core/live.h). ES2017 and plain DOM so that phone browsers of
 * the last five years run it. Every text from the server is put in with
 * textContent, never as HTML.
 *
 * The token the program gives at the join is kept in localStorage: after a
 * reload, a sleeping phone or a dropped Wi-Fi the page reconnects with
 * backoff and resumes as the same student instead of joining again. */
(function () {
  'use strict';

  var STORE = 'accountwijs-live';
  var BACKOFF = [500, 1000, 2000, 4000, 8000, 10000];
  var PING_MS = 15000;
  var SILENT_MS = 40000;

  var $ = function (id) { return document.getElementById(id); };

  var ws = null;
  var attempts = 0;
  var reconnectTimer = null;
  var errorTimer = null;
  var pingTimer = null;
  var lastHeard = 0;
  var tickTimer = null;

  var code = '';
  var token = '';
  var myName = '';
  var joined = false;
  var finished = false; /* kicked: never reconnect */
  var names = [];
  var nickAllowed = false;
  var chosenName = null;

  var state = null;    /* the last STATE */
  var shownQ = -1;     /* the question whose options are built */
  var selected = [];   /* letters picked (multiple) */
  var deadline = 0;    /* Date.now() when the countdown ends */
  var announced = {};  /* the countdown marks said aloud */

  /* ---- storage ---------------------------------------------------------- */

  function load() {
    try {
      var s = JSON.parse(window.localStorage.getItem(STORE) || 'null');
      if (s && typeof s === 'object') return s;
    } catch (e) { /* private mode or broken JSON: start afresh */ }
    return {};
  }

  function save() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify({ code: code, token: token, name: myName }));
    } catch (e) { /* storage full or off: the page still works until a reload */ }
  }

  function forget() {
    token = '';
    myName = '';
    joined = false;
    save();
  }

  /* ---- screens ---------------------------------------------------------- */

  var SCREENS = ['connecting', 'join', 'lobby', 'waiting', 'question', 'answered', 'reveal', 'end', 'kicked', 'error'];
  var current = '';

  function show(name, focus) {
    for (var i = 0; i < SCREENS.length; i++)
      $('s-' + SCREENS[i]).hidden = SCREENS[i] !== name;
    if (name !== current || focus) {
      current = name;
      var h = $('h-' + name);
      /* Move focus to the new heading so a screen reader reads the new screen. */
      if (h && document.activeElement !== $('nick') && document.activeElement !== $('code')) h.focus();
    }
    document.body.setAttribute('data-screen', name);
  }

  function say(text) {
    var a = $('announce');
    a.textContent = '';
    /* A fresh node after a tick, so the same words are announced again. */
    setTimeout(function () { a.textContent = text; }, 50);
  }

  function problem(text) {
    var p = $('problem');
    p.textContent = text || '';
    p.hidden = !text;
  }

  function letter(k) { return String.fromCharCode(65 + k); }

  function scoreText(s) {
    if (typeof s !== 'number') return '0';
    if (Math.round(s) === s) return String(s);
    return s.toFixed(2).replace(/0+$/, '').replace('.', ',');
  }

  function topBar() {
    $('who').textContent = myName ? 'Jij: ' + myName : '';
    $('who').hidden = !myName || !joined;
    $('top').hidden = $('who').hidden && $('top-score').hidden;
  }

  /* ---- the connection --------------------------------------------------- */

  function send(obj) {
    if (ws && ws.readyState === 1) {
      ws.send(JSON.stringify(obj));
      return true;
    }
    return false;
  }

  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (finished) return;
    if (ws && (ws.readyState === 0 || ws.readyState === 1)) return;
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    try {
      ws = new WebSocket(url);
    } catch (e) {
      dropped();
      return;
    }
    ws.onopen = opened;
    ws.onmessage = function (ev) { heard(ev.data); };
    ws.onclose = dropped;
    ws.onerror = function () { /* onclose follows */ };
  }

  function opened() {
    attempts = 0;
    clearTimeout(errorTimer);
    errorTimer = null;
    lastHeard = Date.now();
    clearInterval(pingTimer);
    pingTimer = setInterval(function () {
      /* A socket can die without a close event (Wi-Fi gone): no word for
       * a long time means it is gone. */
      if (Date.now() - lastHeard > SILENT_MS && ws) ws.close();
      else send({ t: 'ping' });
    }, PING_MS);
    if (current === 'error') problem('');
    if (token && code) send({ t: 'resume', code: code, token: token });
    else if (code) send({ t: 'hello', code: code });
    else showCodeForm();
  }

  function dropped() {
    clearInterval(pingTimer);
    pingTimer = null;
    ws = null;
    /* After the end (the program may stop its server) or a kick: stay put. */
    if (finished || reconnectTimer || (state && state.phase === 'end')) return;
    var delay = BACKOFF[Math.min(attempts, BACKOFF.length - 1)];
    delay = Math.round(delay * (0.8 + Math.random() * 0.4)); /* 60 phones do not all knock at once */
    attempts++;
    reconnectTimer = setTimeout(connect, delay);
    /* A short drop (a reload, a blink of the Wi-Fi) shows nothing; a longer one says so. */
    if (!errorTimer && current !== 'error')
      errorTimer = setTimeout(function () {
        errorTimer = null;
        if (!ws || ws.readyState !== 1) showError();
      }, 1500);
    if (current === 'error') showError();
  }

  function showError() {
    $('err-retry').textContent = 'Je telefoon probeert het vanzelf opnieuw. Je antwoorden en je score blijven bewaard.';
    show('error');
    say('Geen verbinding met de quiz. Je telefoon probeert het opnieuw.');
  }

  /* ---- messages from the program --------------------------------------- */

  function heard(data) {
    lastHeard = Date.now();
    var m;
    try { m = JSON.parse(data); } catch (e) { return; }
    if (!m || typeof m.t !== 'string') return;
    switch (m.t) {
      case 'names': onNames(m); break;
      case 'welcome': onWelcome(m); break;
      case 'state': onState(m); break;
      case 'ack': onAck(m); break;
      case 'error': onError(m); break;
      case 'kicked': onKicked(); break;
      default: break; /* pong, or a newer message this page does not know */
    }
  }

  function onNames(m) {
    names = Array.isArray(m.list) ? m.list : [];
    nickAllowed = !!m.nick;
    showNameForm();
  }

  function onWelcome(m) {
    token = m.token;
    myName = m.name;
    joined = true;
    save();
    problem('');
    topBar();
    if (m.state) onState(m.state);
  }

  function onAck(m) {
    if (!state || state.phase !== 'question' || m.q !== state.q) return;
    state.answered = true;
    state.choice = selected.slice();
    showAnswered();
    say('Antwoord ontvangen');
  }

  function onKicked() {
    finished = true;
    forget();
    stopTick();
    $('top-score').hidden = true;
    topBar();
    show('kicked');
    say('De docent heeft je uit de quiz gehaald.');
  }

  var JOIN_ERRORS = ['name_taken', 'not_on_list', 'nick_not_allowed', 'bad_name', 'full', 'too_many_joins'];

  function onError(m) {
    var text = typeof m.text === 'string' ? m.text : 'Er ging iets mis.';
    switch (m.code) {
      case 'unknown_token':
        /* The program no longer knows this phone (a new session): join anew. */
        forget();
        topBar();
        send({ t: 'hello', code: code });
        return;
      case 'kicked':
        onKicked();
        return;
      case 'bad_code':
        forget();
        code = '';
        save();
        showCodeForm();
        problem(text);
        return;
      case 'already_answered':
        if (state && state.phase === 'question') {
          state.answered = true;
          showAnswered();
        }
        return;
      case 'not_joined':
        if (token) send({ t: 'resume', code: code, token: token });
        else send({ t: 'hello', code: code });
        return;
      case 'closed':
        if (!joined) {
          show('join', true);
          $('name-form').hidden = true;
          $('code-form').hidden = true;
        } else if (state && state.phase === 'question') {
          lockOptions();
        }
        problem(text);
        say(text);
        return;
      default:
        if (JOIN_ERRORS.indexOf(m.code) >= 0) {
          $('join-go').disabled = false;
          if (m.code === 'name_taken') send({ t: 'hello', code: code }); /* a fresh list */
        }
        problem(text);
        say(text);
    }
  }

  /* ---- join ------------------------------------------------------------- */

  function showCodeForm() {
    $('code-form').hidden = false;
    $('name-form').hidden = true;
    $('code').value = code;
    $('code-go').disabled = false;
    show('join');
  }

  function showNameForm() {
    $('code-form').hidden = true;
    $('name-form').hidden = false;
    $('join-go').disabled = false;
    var list = $('name-list');
    list.textContent = '';
    chosenName = null;
    names.forEach(function (n) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = n;
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', function () {
        chosenName = n;
        var all = list.querySelectorAll('button');
        for (var i = 0; i < all.length; i++)
          all[i].setAttribute('aria-pressed', all[i] === b ? 'true' : 'false');
        $('nick').value = '';
        problem('');
      });
      list.appendChild(b);
    });
    $('list-box').hidden = names.length === 0;
    $('gen-note').hidden = names.length > 0;
    $('nick-box').hidden = !nickAllowed;
    $('nick-label').textContent = names.length ? 'Of kies een bijnaam' : 'Kies een bijnaam (mag leeg blijven)';
    show('join');
  }

  $('code-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var c = $('code').value.replace(/\s+/g, '');
    if (!/^[0-9]{4}$/.test(c)) {
      problem('De code bestaat uit vier cijfers.');
      $('code').focus();
      return;
    }
    problem('');
    code = c;
    save();
    if (!send({ t: 'hello', code: code })) connect();
  });

  $('name-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var nick = nickAllowed ? $('nick').value.replace(/^\s+|\s+$/g, '') : '';
    var name;
    if (nick) name = nick;
    else if (chosenName !== null) name = chosenName;
    else if (names.length === 0) name = '';
    else {
      problem(nickAllowed ? 'Kies je naam uit de lijst of typ een bijnaam.' : 'Kies eerst je naam uit de lijst.');
      return;
    }
    problem('');
    $('join-go').disabled = true;
    if (!send({ t: 'join', code: code, name: name })) {
      $('join-go').disabled = false;
      connect();
    }
  });

  $('retry').addEventListener('click', function () {
    attempts = 0;
    connect();
  });

  /* ---- the phases ------------------------------------------------------- */

  function onState(s) {
    if (!s || typeof s.phase !== 'string') return;
    var prev = state;
    state = s;
    problem('');
    switch (s.phase) {
      case 'lobby':
        stopTick();
        $('lobby-name').textContent = myName;
        $('lobby-count').textContent = s.players === 1 ? 'Er doet nu 1 telefoon mee.' : 'Er doen nu ' + s.players + ' telefoons mee.';
        show('lobby');
        break;
      case 'waiting':
        stopTick();
        $('wait-q').textContent = (s.q + 1) + ' van ' + s.n;
        show('waiting');
        break;
      case 'question':
        onQuestion(s, prev);
        break;
      case 'reveal':
        stopTick();
        onReveal(s);
        break;
      case 'end':
        stopTick();
        $('end-score').textContent = scoreText(s.score) + ' van ' + s.of;
        $('top-score').hidden = true;
        topBar();
        show('end');
        say('De quiz is klaar. Jouw score: ' + scoreText(s.score) + ' van ' + s.of + '.');
        break;
      default:
        break;
    }
  }

  function onQuestion(s, prev) {
    var fresh = shownQ !== s.q || !prev || prev.phase !== 'question';
    deadline = Date.now() + (s.remaining_ms > 0 ? s.remaining_ms : 0);
    if (fresh) {
      shownQ = s.q;
      selected = Array.isArray(s.choice) ? s.choice.slice() : [];
      announced = {};
      buildQuestion(s);
    }
    if (s.answered) {
      selected = Array.isArray(s.choice) ? s.choice.slice() : selected;
      showAnswered();
    } else {
      show('question', fresh);
      if (fresh) say('Vraag ' + (s.q + 1) + '. ' + s.prompt);
    }
    startTick();
  }

  function buildQuestion(s) {
    $('q-num').textContent = (s.q + 1) + ' van ' + s.n;
    $('q-prompt').textContent = s.prompt;
    var box = $('options');
    box.textContent = '';
    var board = s.kind === 'board' || !s.options || s.options.length === 0;
    $('q-board').hidden = !board;
    $('send').hidden = board || s.kind !== 'multiple';
    $('send').disabled = true;
    $('q-hint').textContent = board ? '' : s.kind === 'multiple' ? 'Kies alle goede antwoorden en tik dan op Antwoord versturen.' : 'Tik op je antwoord.';
    if (board) return;
    s.options.forEach(function (text, k) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'opt';
      b.setAttribute('aria-pressed', 'false');
      b.setAttribute('data-letter', letter(k));
      var l = document.createElement('span');
      l.className = 'letter';
      l.textContent = letter(k);
      l.setAttribute('aria-hidden', 'true');
      var t = document.createElement('span');
      t.className = 'text';
      t.textContent = text;
      b.setAttribute('aria-label', letter(k) + ': ' + text);
      b.appendChild(l);
      b.appendChild(t);
      b.addEventListener('click', function () { pick(k); });
      box.appendChild(b);
    });
  }

  function pick(k) {
    if (!state || state.phase !== 'question' || state.answered) return;
    if (!state.paused && Date.now() >= deadline) return;
    var buttons = $('options').querySelectorAll('.opt');
    if (state.kind === 'multiple') {
      var at = selected.indexOf(k);
      if (at >= 0) selected.splice(at, 1);
      else selected.push(k);
      for (var i = 0; i < buttons.length; i++)
        buttons[i].setAttribute('aria-pressed', selected.indexOf(i) >= 0 ? 'true' : 'false');
      $('send').disabled = selected.length === 0;
      return;
    }
    selected = [k];
    for (var j = 0; j < buttons.length; j++)
      buttons[j].setAttribute('aria-pressed', j === k ? 'true' : 'false');
    submit();
  }

  function submit() {
    if (!selected.length) return;
    var sorted = selected.slice().sort(function (a, b) { return a - b; });
    if (send({ t: 'answer', q: state.q, choice: sorted })) lockOptions();
    else problem('Geen verbinding: je antwoord is niet verstuurd. Probeer het zo nog eens.');
  }

  $('send').addEventListener('click', submit);

  function lockOptions() {
    var buttons = $('options').querySelectorAll('.opt');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    $('send').disabled = true;
  }

  function showAnswered() {
    var list = selected.length ? selected : state.choice || [];
    var opts = state.options || [];
    $('ans-letters').textContent = list.slice().sort(function (a, b) { return a - b; }).map(function (k) {
      return letter(k) + ': ' + (opts[k] || '');
    }).join('; ') || '-';
    show('answered');
  }

  /* ---- the countdown ----------------------------------------------------- */

  function startTick() {
    stopTick();
    tick();
    tickTimer = setInterval(tick, 250);
  }

  function stopTick() {
    clearInterval(tickTimer);
    tickTimer = null;
  }

  function tick() {
    if (!state || state.phase !== 'question') return;
    var text, left = 0;
    if (state.paused) {
      left = Math.ceil((state.remaining_ms || 0) / 1000);
      text = 'Gepauzeerd (' + left + ' s)';
    } else {
      left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      text = left > 0 ? left + ' s' : 'Tijd is om';
    }
    $('timer').textContent = text;
    $('timer2').textContent = text;
    $('timer').className = 'timer' + (left <= 5 ? ' low' : '');
    if (state.paused) return;
    /* Said aloud only at a few marks: every second would drown the question. */
    var marks = [10, 5, 0];
    for (var i = 0; i < marks.length; i++) {
      var mk = marks[i];
      if (left <= mk && !announced[mk]) {
        announced[mk] = true;
        if (left === mk || mk === 0) say(mk === 0 ? 'De tijd is om.' : 'Nog ' + mk + ' seconden.');
      }
    }
    if (left === 0) {
      lockOptions();
      stopTick();
    }
  }

  /* ---- the reveal -------------------------------------------------------- */

  function onReveal(s) {
    $('h-reveal').textContent = 'Uitslag vraag ' + (s.q + 1) + ' van ' + s.n;
    var v = $('verdict');
    var board = s.kind === 'board' || !s.options || s.options.length === 0;
    var answered = Array.isArray(s.choice) && s.choice.length > 0;
    if (board) {
      v.textContent = 'Kijk op het bord voor de uitslag.';
      v.className = 'verdict none';
    } else if (s.right) {
      v.textContent = 'Goed!';
      v.className = 'verdict right';
    } else if (answered) {
      v.textContent = 'Helaas, dat is fout.';
      v.className = 'verdict wrong';
    } else {
      v.textContent = 'Je hebt niet geantwoord.';
      v.className = 'verdict none';
    }
    $('r-prompt').textContent = s.prompt;
    var list = $('r-correct');
    list.textContent = '';
    var right = [];
    (s.correct || []).forEach(function (k) {
      var li = document.createElement('li');
      li.textContent = letter(k) + ': ' + (s.options[k] || '');
      list.appendChild(li);
      right.push(letter(k) + ': ' + (s.options[k] || ''));
    });
    $('r-correct-h').hidden = board;
    list.hidden = board;
    $('r-yours').textContent = board ? '' : answered ? 'Jij koos: ' + s.choice.map(function (k) {
      return letter(k) + ': ' + (s.options[k] || '');
    }).join('; ') : '';
    $('r-expl').textContent = s.explanation || '';
    $('r-expl').hidden = !s.explanation;
    $('r-expl-h').hidden = !s.explanation;
    $('r-score').textContent = scoreText(s.score);
    $('top-score').textContent = 'Score: ' + scoreText(s.score);
    $('top-score').hidden = false;
    topBar();
    show('reveal');
    say(v.textContent + (right.length ? ' Het goede antwoord: ' + right.join('; ') + '.' : '') + ' Jouw score: ' + scoreText(s.score) + '.');
  }

  /* ---- start ------------------------------------------------------------- */

  function start() {
    var stored = load();
    var m = /[?&]c=([0-9]{4})(?:&|$)/.exec(location.search);
    code = m ? m[1] : (stored.code || '');
    if (stored.code && stored.code === code && stored.token) {
      token = stored.token;
      myName = stored.name || '';
    }
    save();
    show('connecting');
    connect();
    document.addEventListener('visibilitychange', function () {
      /* A phone that wakes up reconnects at once instead of after its backoff. */
      if (document.visibilityState === 'visible' && (!ws || ws.readyState > 1) && !finished) {
        attempts = 0;
        connect();
      }
    });
    window.addEventListener('online', function () {
      if (!ws && !finished) {
        attempts = 0;
        connect();
      }
    });
  }

  start();
})();
