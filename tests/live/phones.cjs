// phones.cjs - 30 phones of a real browser play the live class quiz against
// the real server (run by tests/live/phones.sh inside its own network
// namespace). The teacher's side is tests/live/live_teacher, driven through
// its stdin. Each phone is a browser context of its own (its own
// localStorage, so its own token) at 360x740. Checks what each phone shows
// and what the teacher sees; screenshots of every state go to the out folder.
//
// node phones.cjs LIVE_TEACHER SOURCE_TREE OUT_FOLDER CHROMIUM
'use strict';
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const readline = require('readline');

const [teacherBin, src, out, chromium] = process.argv.slice(2);
const puppeteer = require(path.join(src, 'tests/oracle/node_modules/puppeteer-core'));

const PHONES = 30;
const failures = [];
function fail(msg) {
  failures.push(msg);
  console.log('FAIL: ' + msg);
}

// 32 names for the class list: the phones take the first 30.
const first = ['Anna', 'Bram', 'Chloë', 'Daan', 'Eva', 'Finn', 'Gijs', 'Hanna'];
const last = ['de Vries', 'Jansen', 'El Amrani', "van 't Hof"];
const names = [];
for (const l of last) for (const f of first) names.push(f + ' ' + l);

// ---- the teacher ------------------------------------------------------------

// As Notepad saves it: a byte order mark and CRLF line ends.
fs.writeFileSync(path.join(out, 'klas.txt'), '\ufeff' + names.join('\r\n') + '\r\n');
const teacher = spawn(teacherBin, [path.join(src, 'content'), path.join(src, 'assets/live'), path.join(out, 'klas.txt')],
  { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = readline.createInterface({ input: teacher.stdout });
const waiting = [];
const early = [];
lines.on('line', (l) => (waiting.length ? waiting.shift()(l) : early.push(l)));
function nextLine() {
  return new Promise((ok) => (early.length ? ok(early.shift()) : waiting.push(ok)));
}
async function cmd(c) {
  teacher.stdin.write(c + '\n');
  const l = await nextLine();
  console.log('teacher ' + c + ' -> ' + l);
  return l;
}
async function view() {
  const l = await cmd('view');
  const v = {};
  for (const part of l.split(' ').slice(1)) {
    const [k, val] = part.split('=');
    v[k] = k === 'tally' ? val.split(',').map(Number) : Number(val);
  }
  return v;
}

// ---- the phones -------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function screen(page) {
  return page.evaluate(() => document.body.getAttribute('data-screen'));
}

async function waitScreen(page, want, who, timeout = 15000) {
  try {
    await page.waitForFunction((w) => document.body.getAttribute('data-screen') === w, { timeout }, want);
    return true;
  } catch (e) {
    fail(`${who} shows ${await screen(page)}, not ${want}`);
    return false;
  }
}

async function all(phones, fn) {
  // A few at a time: two cores drive 30 renderers.
  const list = phones.slice();
  const workers = [];
  for (let w = 0; w < 6; w++)
    workers.push((async () => {
      while (list.length) {
        const p = list.shift();
        await fn(p);
      }
    })());
  await Promise.all(workers);
}

async function shot(p, name) {
  await sleep(400); // let the live region and focus settle
  await p.page.screenshot({ path: path.join(out, name + '.png'), fullPage: true });
}

async function text(page, sel) {
  return page.$eval(sel, (e) => e.textContent);
}

async function main() {
  const ready = await nextLine();
  const m = /^ready (\d+) (\d{4})$/.exec(ready);
  if (!m) throw new Error('live_teacher did not start: ' + ready);
  const url = `http://127.0.0.1:${m[1]}/?c=${m[2]}`;

  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
  } catch (e) {
    console.log('SKIP: chromium cannot start here: ' + e.message);
    teacher.stdin.end('quit\n');
    process.exit(77);
  }

  const phones = [];
  for (let i = 0; i < PHONES; i++) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const who = `phone ${i} (${names[i]})`;
    page.on('pageerror', (e) => fail(`${who}: script error ${e.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') fail(`${who}: console error ${msg.text()}`); });
    page.on('request', (r) => {
      if (!r.url().startsWith(`http://127.0.0.1:${m[1]}/`)) fail(`${who}: the page fetched ${r.url()}`);
    });
    page.on('requestfailed', (r) => { if (!r.url().includes('/ws')) fail(`${who}: ${r.url()} failed`); });
    phones.push({ i, page, who, name: names[i] });
  }

  // Join: the name list from the class list, each phone its own name.
  await all(phones, async (p) => {
    await p.page.goto(url);
    await p.page.waitForSelector('#name-list button', { visible: true, timeout: 15000 });
  });
  await shot(phones[0], 'join');
  if ((await phones[0].page.$$('#name-list button')).length !== names.length) fail('phone 0 does not list the whole class');
  await all(phones, async (p) => {
    const buttons = await p.page.$$('#name-list button');
    let clicked = false;
    for (const b of buttons) {
      if ((await b.evaluate((e) => e.textContent)) === p.name) {
        await b.click();
        clicked = true;
        break;
      }
    }
    if (!clicked) fail(`${p.who}: own name not in the list`);
    await p.page.click('#join-go');
    await waitScreen(p.page, 'lobby', p.who);
  });
  let v = await view();
  if (v.joined !== PHONES) fail(`the teacher sees ${v.joined} phones, not ${PHONES}`);
  await sleep(300);
  if (!/30 telefoons/.test(await text(phones[0].page, '#lobby-count'))) fail('phone 0 does not count 30 phones');
  await shot(phones[0], 'lobby');

  // A name already taken is refused (a 31st phone picks Anna's name).
  const extraCtx = await browser.createBrowserContext();
  const extra = await extraCtx.newPage();
  await extra.setViewport({ width: 360, height: 740 });
  await extra.goto(url);
  await extra.waitForSelector('#name-list button', { visible: true, timeout: 15000 });
  const free = await extra.$$eval('#name-list button', (bs) => bs.map((b) => b.textContent));
  if (free.length !== names.length - PHONES) fail(`a new phone is offered ${free.length} free names, not ${names.length - PHONES}`);
  await extraCtx.close();

  // Round 1 (single choice): 20 right, 10 wrong; one phone reloads before answering.
  await cmd('start');
  await all(phones, (p) => waitScreen(p.page, 'waiting', p.who));
  await shot(phones[0], 'waiting');
  let line = await cmd('next');
  const letter = (k) => String.fromCharCode(65 + k);
  const right = Number(line.split(' ')[4].split(',')[0]);
  const wrong = (right + 1) % 4;
  await all(phones, (p) => waitScreen(p.page, 'question', p.who));
  await shot(phones[0], 'question');

  // Touch targets of at least 48 px; options as text with their letter.
  const boxes = await phones[0].page.$$eval('#options .opt', (bs) =>
    bs.map((b) => ({ h: b.getBoundingClientRect().height, label: b.getAttribute('aria-label') })));
  if (boxes.length !== 4 || boxes.some((b) => b.h < 48)) fail(`option buttons: ${JSON.stringify(boxes)}`);
  if (!boxes.every((b, k) => b.label.startsWith(letter(k) + ': ') && b.label.length > 3)) fail('options lack letter and text');
  if ((await phones[0].page.$eval('#announce', (e) => e.getAttribute('aria-live'))) !== 'polite') fail('no live region');
  // The phone's text size at 200 %: everything wraps, nothing is cut off or scrolls sideways.
  await phones[1].page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await shot(phones[1], 'question-large-text');
  const wide = await phones[1].page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (wide > 0) fail(`at 200 % text the page scrolls sideways by ${wide} px`);
  await phones[1].page.evaluate(() => { document.documentElement.style.fontSize = ''; });

  await phones[7].page.reload();
  await waitScreen(phones[7].page, 'question', phones[7].who);
  v = await view();
  if (v.joined !== PHONES) fail(`after a reload the teacher sees ${v.joined} phones (a resume must not join again)`);

  await all(phones, async (p) => {
    const k = p.i < 20 ? right : wrong;
    await p.page.click(`#options .opt[data-letter="${letter(k)}"]`);
    await waitScreen(p.page, 'answered', p.who);
  });
  await shot(phones[0], 'answered');
  if (!/Antwoord ontvangen/.test(await text(phones[0].page, '#h-answered'))) fail('no "Antwoord ontvangen"');
  if ((await text(phones[0].page, '#announce')) !== 'Antwoord ontvangen') fail('"Antwoord ontvangen" is not announced');

  // A phone that reloads after answering comes back answered, as the same student.
  await phones[3].page.reload();
  await waitScreen(phones[3].page, 'answered', phones[3].who);
  v = await view();
  if (v.joined !== PHONES || v.answered !== PHONES) fail(`teacher: joined ${v.joined}, answered ${v.answered}`);
  if (v.tally[right] !== 20 || v.tally[wrong] !== 10) fail(`tally ${v.tally} is not 20 x ${letter(right)}, 10 x ${letter(wrong)}`);
  if (!v.locked) fail('answers not locked when every phone has answered');

  line = await cmd('next'); // reveal
  await all(phones, (p) => waitScreen(p.page, 'reveal', p.who));
  await shot(phones[0], 'reveal-right');
  await shot(phones[29], 'reveal-wrong');
  if ((await text(phones[0].page, '#verdict')) !== 'Goed!') fail('phone 0 is not told it was right');
  if (!/fout/.test(await text(phones[29].page, '#verdict'))) fail('phone 29 is not told it was wrong');
  if ((await text(phones[0].page, '#r-score')) !== '1') fail('phone 0 does not show score 1');
  if ((await text(phones[29].page, '#r-score')) !== '0') fail('phone 29 does not show score 0');
  if (!(await text(phones[29].page, '#r-correct')).startsWith(letter(right) + ':')) fail('the right answer is not shown');

  // Round 2 (multiple): phone 0 picks the right letters and sends.
  await cmd('next');
  line = await cmd('next');
  const rights = line.split(' ')[4].split(',').map(Number);
  await waitScreen(phones[0].page, 'question', phones[0].who);
  for (const k of rights) await phones[0].page.click(`#options .opt[data-letter="${letter(k)}"]`);
  await shot(phones[0], 'question-multiple');
  await phones[0].page.click('#send');
  await waitScreen(phones[0].page, 'answered', phones[0].who);
  await cmd('next');
  await waitScreen(phones[0].page, 'reveal', phones[0].who);
  if ((await text(phones[0].page, '#r-score')) !== '2') fail('phone 0 does not show score 2 after the multiple question');
  await waitScreen(phones[5].page, 'reveal', phones[5].who);
  if (!/niet geantwoord/.test(await text(phones[5].page, '#verdict'))) fail('phone 5 is not told it did not answer');

  // Round 3 (true/false) and 4 (on the board).
  await cmd('next');
  await cmd('next');
  await waitScreen(phones[0].page, 'question', phones[0].who);
  const tf = await phones[0].page.$$eval('#options .opt', (bs) => bs.map((b) => b.getAttribute('aria-label')));
  if (tf.join('|') !== 'A: Juist|B: Onjuist') fail(`true/false options are ${tf.join('|')}`);
  await cmd('next');
  await cmd('next');
  await cmd('next');
  await waitScreen(phones[0].page, 'question', phones[0].who);
  await shot(phones[0], 'question-board');
  if (await phones[0].page.$eval('#q-board', (e) => e.hidden)) fail('a board question does not say "Kijk op het bord"');

  // The teacher removes phone 29.
  if ((await cmd('kick ' + phones[29].name)) !== 'ok') fail('kick found no phone');
  await waitScreen(phones[29].page, 'kicked', phones[29].who);
  await shot(phones[29], 'kicked');

  await cmd('end');
  await all(phones.slice(0, 29), (p) => waitScreen(p.page, 'end', p.who));
  await shot(phones[0], 'end');
  if (!/^2 van 4$/.test(await text(phones[0].page, '#end-score'))) fail('phone 0 does not end with 2 van 4');

  // The CSV, with names and "anoniem".
  await cmd('csv ' + path.join(out, 'live.csv'));
  await cmd('csv ' + path.join(out, 'live-anoniem.csv') + ' anon');
  const csv = fs.readFileSync(path.join(out, 'live.csv'), 'utf8');
  const anon = fs.readFileSync(path.join(out, 'live-anoniem.csv'), 'utf8');
  if (!csv.includes(names[0] + ';')) fail('the CSV lacks the names');
  if (csv.includes(names[29])) fail('the CSV lists the removed phone');
  if (anon.includes(names[0]) || !anon.includes('Leerling 29;')) fail('the anonymous CSV is not anonymous');

  // A phone whose connection goes (the program stops): the error screen, then it keeps trying.
  const lateCtx = await browser.createBrowserContext();
  const late = await lateCtx.newPage();
  await late.setViewport({ width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await late.goto(url);
  await late.waitForSelector('#name-list button', { visible: true, timeout: 15000 });
  teacher.stdin.write('quit\n');
  if ((await nextLine()) !== 'bye') fail('the teacher did not stop cleanly');
  await waitScreen(late, 'error', 'the late phone', 10000);
  const lateShot = { page: late };
  await shot(lateShot, 'error');
  if ((await screen(phones[0].page)) !== 'end') fail('phone 0 left the end screen when the program stopped');

  await browser.close();
}

main()
  .catch((e) => fail(e.stack || String(e)))
  .finally(() => {
    try { teacher.stdin.end(); } catch (e) { /* gone already */ }
    teacher.kill();
    console.log(failures.length ? `${failures.length} failure(s)` : 'all phones passed; screenshots in ' + out);
    process.exit(failures.length ? 1 : 0);
  });
