// Validates xAPI statements with @learninglocker/xapi-validation (pinned in
// tests/oracle/package.json, installed by tests/oracle/install): every
// statement of every file given, a JSON array (export --format xapi) or one
// statement a line (the LRS queue). Prints each problem as
// FILE: statement N (ID): path: warning, and the count checked.
// Exit 0: all valid; 1: a problem; 2: usage or the validator missing.
'use strict';
const fs = require('fs');
const path = require('path');

let validate;
try {
    validate = require(path.join(__dirname, '..', 'oracle', 'node_modules', '@learninglocker', 'xapi-validation')).default;
} catch (e) {
    console.error('validate.cjs: @learninglocker/xapi-validation is missing: run sh tests/oracle/install');
    process.exit(2);
}
if (process.argv.length < 3) {
    console.error('usage: node validate.cjs FILE...');
    process.exit(2);
}
let bad = 0, checked = 0;
const ids = new Set();
for (const file of process.argv.slice(2)) {
    const text = fs.readFileSync(file, 'utf8');
    let statements;
    try {
        statements = text.trimStart().startsWith('[') ? JSON.parse(text)
                     : text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    } catch (e) {
        console.log(`${file}: not JSON: ${e.message}`);
        bad++;
        continue;
    }
    statements.forEach((s, i) => {
        checked++;
        const warnings = validate(s);
        for (const w of warnings)
            console.log(`${file}: statement ${i + 1} (${s && s.id}): ${w.path.join('.')}: ${w.name}`);
        if (warnings.length)
            bad++;
        if (ids.has(s.id)) {
            console.log(`${file}: statement ${i + 1}: id ${s.id} given twice`);
            bad++;
        }
        ids.add(s.id);
    });
}
console.log(`${checked} statements checked, ${bad} with problems`);
process.exit(bad ? 1 : 0);
