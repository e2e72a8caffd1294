// compare.cjs - accountwijs's FSRS-6 against ts-fsrs, the reference
// TypeScript implementation, on 1,000 random review histories.
//
//   node compare.cjs PATH/TO/accountwijs
//
// Each history (1 to 24 reviews, ratings 1-4, gaps of 0 to 90 days with
// same-day reviews among them) goes through `accountwijs fsrs --reviews`
// and through ts-fsrs's FSRS-6 model with the settings accountwijs uses:
// the 21 default parameters, desired retention 0.9, maximum interval
// 36500 days, the same-day (short-term) rule on, interval fuzz off. After
// every review the stability and difficulty must agree to 1e-4 (relative
// for stability above 1) and the interval exactly. The histories come
// from a fixed seed, so a failure repeats. Exit status 0 when all agree.
'use strict';

const { execFileSync } = require('node:child_process');
const path = require('node:path');

const HISTORIES = 1000;

function fail(msg) {
  console.error('oracle: ' + msg);
  process.exit(1);
}

let tsfsrs;
try {
  tsfsrs = require(path.join(__dirname, 'node_modules', 'ts-fsrs'));
} catch (e) {
  fail('ts-fsrs is not installed in ' + __dirname + ' (run sh tests/oracle/install): ' + e.message);
}
const want = require(path.join(__dirname, 'package.json')).dependencies['ts-fsrs'];
const have = require(path.join(__dirname, 'node_modules', 'ts-fsrs', 'package.json')).version;
if (have !== want) fail(`ts-fsrs ${have} is installed, the tests pin ${want} (run sh tests/oracle/install)`);

const { FSRS, generatorParameters, default_w } = tsfsrs;
const params = generatorParameters({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
});
const f = new FSRS(params);
if (default_w.length !== 21 || f.parameters.w.length !== 21)
  fail(`ts-fsrs ${have} is not FSRS-6: it has ${f.parameters.w.length} parameters, not 21`);
if (f.parameters.enable_fuzz || !f.parameters.enable_short_term) fail('ts-fsrs settings did not take');

const program = process.argv[2];
if (!program) fail('usage: node compare.cjs PATH/TO/accountwijs');

// A small seeded generator (xorshift32), so every run sees the same histories.
let seed = 0x2545f491;
function rand(n) {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed % n;
}

function history() {
  const n = 1 + rand(24);
  const out = [];
  let day = rand(5);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const kind = rand(10);
      day += kind < 2 ? 0 : kind < 5 ? 1 + rand(5) : 1 + rand(90);
    }
    const r = rand(100);
    const rating = r < 15 ? 1 : r < 30 ? 2 : r < 85 ? 3 : 4;
    out.push([day, rating]);
  }
  return out;
}

function close(a, b) {
  return Math.abs(a - b) < 1e-4 * Math.max(1, Math.abs(b));
}

let reviews = 0;
let failures = 0;
for (let h = 0; h < HISTORIES; h++) {
  const hist = history();
  const arg = hist.map(([d, g]) => `${d}:${g}`).join(',');
  let out;
  try {
    out = execFileSync(program, ['fsrs', '--reviews', arg], { encoding: 'utf8' });
  } catch (e) {
    fail(`accountwijs fsrs --reviews ${arg} failed: ${e.message}`);
  }
  const lines = out.split('\n').filter((l) => l.startsWith('review '));
  if (lines.length !== hist.length) fail(`history ${h} (${arg}): ${lines.length} review lines for ${hist.length} reviews`);
  let state = null;
  for (let i = 0; i < hist.length; i++) {
    const t = i === 0 ? 0 : hist[i][0] - hist[i - 1][0];
    state = f.next_state(state, t, hist[i][1]);
    const ivl = f.next_interval(state.stability, t);
    const m = /stability ([0-9.]+) difficulty ([0-9.]+) interval ([0-9]+)$/.exec(lines[i]);
    if (!m) fail(`history ${h}: cannot read '${lines[i]}'`);
    const s = Number(m[1]);
    const d = Number(m[2]);
    const iv = Number(m[3]);
    reviews++;
    if (!close(s, state.stability) || !close(d, state.difficulty) || iv !== ivl) {
      failures++;
      if (failures <= 10)
        console.error(
          `history ${h} review ${i + 1} (${arg}): accountwijs S ${s} D ${d} interval ${iv}, ` +
            `ts-fsrs S ${state.stability} D ${state.difficulty} interval ${ivl}`
        );
    }
  }
}
console.log(`oracle: ts-fsrs ${have} (FSRS-6), ${HISTORIES} histories, ${reviews} reviews compared`);
console.log(`oracle: ${reviews - failures} of ${reviews} reviews agree`);
process.exit(failures ? 1 : 0);
