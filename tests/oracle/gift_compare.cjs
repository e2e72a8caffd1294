// gift_compare.cjs - accountwijs's GIFT reader against gift-pegjs, a GIFT
// parser written from the format's documentation, on the corpus in
// tests/data/gift/. Both are brought to one shape (kind, title, text,
// answers, feedback, category) and compared question by question. Where
// the two are known to differ, tests/data/gift/DIFFERENCES.md says how and
// whom we follow (Moodle's importer); each such rule here names its entry
// (D1, D2, ...), and a file listed as refused by gift-pegjs must indeed be
// refused by it and read by accountwijs.
//
// node gift_compare.cjs ACCOUNTWIJS CORPUS_DIR; exit 0 when all agree.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const gift = require('gift-pegjs');

const [bin, corpus] = process.argv.slice(2);

// Files Moodle reads but gift-pegjs refuses (DIFFERENCES.md).
const REFUSED_BY_PEGJS = {
  'lenient-colon.gift': 'D2',
  'lenient-equals.gift': 'D3',
  'lenient-title.gift': 'D4',
  'lenient-numeric-feedback.gift': 'D5',
  'lenient-truefalse-hashes.gift': 'D7',
  'lenient-feedback-hash.gift': 'D7',
  'lenient-weight-text.gift': 'D8',
};

// Files where one field is known to differ (DIFFERENCES.md): it must
// differ, and the rest must agree.
const FIELD_DIFFERS = {
  'ids-escaped.gift': { field: 'id', entry: 'D15' },
};

// Text in one form: HTML tags and our markup removed (D6: we reduce HTML,
// gift-pegjs keeps it), entities decoded, a blank (any run of _) as "_",
// white space collapsed.
function text(t) {
  if (t && typeof t === 'object') t = t.text;
  if (t === null || t === undefined) return '';
  return String(t)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ')
    .replace(/\*/g, '')
    .replace(/_{3,}/g, ' _ ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,?!])/g, '$1')
    .trim();
}

function lastPart(p) {
  const parts = String(p).split('/');
  return parts[parts.length - 1].trim();
}

function ours(file) {
  let out;
  try {
    out = execFileSync(bin, ['import', 'gift', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return { refused: true, stderr: String(e.stderr) };
  }
  const bank = JSON.parse(String(out));
  const qs = bank.questions.map((q) => {
    const cat = bank.categories[q.category].title;
    const n = { category: cat === null ? null : cat, title: q.title, id: q.idnumber, kind: q.kind, explanation: text(q.explanation) };
    let prompt = q.prompt;
    if (q.kind === 'short') prompt = prompt.replace(/ ?___$/, ''); // the blank we add at the end
    n.text = text(prompt);
    if (q.kind === 'single' || q.kind === 'multiple')
      n.answers = q.answers.map((a) => ({ text: text(a.text), right: a.right, feedback: text(a.feedback) }));
    else if (q.kind === 'short')
      n.answers = q.answers.map((a) => ({ text: text(a.text), feedback: text(a.feedback) }));
    else if (q.kind === 'matching')
      n.answers = q.answers.map((a) => ({ left: text(a.text), right: text(a.match) }));
    else if (q.kind === 'numeric')
      n.answers = q.answers.map((a) => ({ min: a.min, max: a.max, weight: a.weight }));
    else if (q.kind === 'truefalse') {
      n.truth = q.truth;
      // D1: Moodle's first feedback is for a wrong answer; put ours back in
      // the written order to compare with gift-pegjs's positional fields.
      n.feedback = [text(q.truth ? q.feedback_false : q.feedback_true), text(q.truth ? q.feedback_true : q.feedback_false)];
    }
    return n;
  });
  return { questions: qs, skipped: bank.skipped };
}

function pegjs(file) {
  let parsed;
  try {
    parsed = gift.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { refused: true, message: e.message };
  }
  const qs = [];
  let category = null, skipped = 0;
  for (const q of parsed) {
    if (q.type === 'Category') { category = lastPart(q.title); continue; }
    if (q.type === 'Essay' || q.type === 'Description') { skipped++; continue; }
    const n = { category, title: q.title, id: q.id, explanation: text(q.globalFeedback), text: text(q.stem) };
    if (q.type === 'MC') {
      // Moodle: an answer with = makes one right answer, else weights decide.
      const single = q.choices.some((c) => c.isCorrect);
      n.kind = single ? 'single' : 'multiple';
      n.answers = q.choices.map((c) => ({
        text: text(c.text),
        right: single ? c.isCorrect && (c.weight === null || c.weight >= 100) : (c.weight || 0) > 0,
        feedback: text(c.feedback),
      }));
    } else if (q.type === 'Short') {
      n.kind = 'short';
      n.answers = q.choices.map((c) => ({ text: text(c.text), feedback: text(c.feedback) }));
    } else if (q.type === 'Matching') {
      n.kind = 'matching';
      n.answers = q.matchPairs.map((p) => ({ left: text(p.subquestion), right: text(p.subanswer) }));
    } else if (q.type === 'Numerical') {
      n.kind = 'numeric';
      const list = Array.isArray(q.choices) ? q.choices : [{ text: q.choices, weight: null }];
      n.answers = list.map((c) => {
        const t = c.text;
        let min, max;
        if (t.type === 'simple') min = max = t.number;
        else if (t.type === 'range') { min = t.number - t.range; max = t.number + t.range; }
        else { min = t.numberLow; max = t.numberHigh; }
        return { min, max, weight: c.weight === null ? 100 : c.weight };
      });
    } else if (q.type === 'TF') {
      n.kind = 'truefalse';
      n.truth = q.isTrue;
      n.feedback = [text(q.trueFeedback), text(q.falseFeedback)];
    } else {
      n.kind = q.type;
    }
    qs.push(n);
  }
  return { questions: qs, skipped };
}

// JSON with the keys of every object sorted, so that order does not count.
function canon(v) {
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  if (v && typeof v === 'object')
    return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
  return JSON.stringify(v);
}

function same(a, b) {
  return canon(a) === canon(b);
}

let failures = 0, compared = 0;
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.gift')).sort();
for (const f of files) {
  const file = path.join(corpus, f);
  const a = ours(file), b = pegjs(file);
  if (REFUSED_BY_PEGJS[f]) {
    if (!b.refused) { console.log(`FAIL ${f}: gift-pegjs now reads it; update ${REFUSED_BY_PEGJS[f]} in DIFFERENCES.md`); failures++; }
    if (a.refused) { console.log(`FAIL ${f}: accountwijs refuses what Moodle reads: ${a.stderr}`); failures++; }
    continue;
  }
  if (a.refused || b.refused) {
    console.log(`FAIL ${f}: refused by ${a.refused ? 'accountwijs: ' + a.stderr : 'gift-pegjs: ' + b.message}`);
    failures++;
    continue;
  }
  if (a.skipped !== b.skipped) {
    console.log(`FAIL ${f}: accountwijs skipped ${a.skipped}, gift-pegjs has ${b.skipped} essays and descriptions`);
    failures++;
  }
  if (a.questions.length !== b.questions.length) {
    console.log(`FAIL ${f}: ${a.questions.length} questions here, ${b.questions.length} in gift-pegjs`);
    failures++;
    continue;
  }
  const known = FIELD_DIFFERS[f];
  a.questions.forEach((q, i) => {
    compared++;
    if (known) {
      if (same(q[known.field], b.questions[i][known.field])) {
        console.log(`FAIL ${f}: question ${i + 1}: ${known.field} no longer differs; update ${known.entry}`);
        failures++;
      }
      q = { ...q, [known.field]: null };
      b.questions[i][known.field] = null;
    }
    if (!same(q, b.questions[i])) {
      console.log(`FAIL ${f}: question ${i + 1} differs\n  accountwijs: ${canon(q)}\n  gift-pegjs:  ${canon(b.questions[i])}`);
      failures++;
    }
  });
}
console.log(`${files.length} files, ${compared} questions compared, ${failures} differences`);
process.exit(failures ? 1 : 0);
