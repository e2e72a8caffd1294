// A tiny HTTP proxy for tests/cli/lrs_send.sh: forwards every request from
// 127.0.0.1:LISTEN to 127.0.0.1:TARGET, but the k-th POST follows the k-th
// word of PLAN (comma-separated), then "ok" for the rest:
//   ok      forward and pass the answer on
//   500     answer 500 without forwarding (the LRS failed)
//   413     answer 413 without forwarding (the batch is too large for it)
//   slow    forward (the LRS stores the statements), then hold the answer
//           back 4 seconds (past the client's timeout)
//   drop    close the connection without an answer (the network failed)
// It appends one line per POST to LOG ("k word status") and prints
// "ready" once listening. Usage: node proxy.cjs LISTEN TARGET PLAN LOG
'use strict';
const http = require('http');
const fs = require('fs');
const [listen, target, plan, log] = process.argv.slice(2);
const steps = plan ? plan.split(',').filter((s) => s) : [];
let posts = 0;

function forward(req, body, done) {
    const out = http.request({host: '127.0.0.1', port: Number(target), method: req.method, path: req.url,
                              headers: req.headers}, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done(null, res.statusCode, res.headers, Buffer.concat(chunks)));
    });
    out.on('error', (e) => done(e));
    out.end(body);
}

http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const body = Buffer.concat(chunks);
        const step = req.method === 'POST' ? (steps[posts] || 'ok') : 'ok';
        const k = req.method === 'POST' ? ++posts : 0;
        const note = (status) => { if (k) fs.appendFileSync(log, `${k} ${step} ${status}\n`); };
        if (step === '500' || step === '413') {
            note(Number(step));
            res.writeHead(Number(step), {'Content-Type': 'text/plain'});
            res.end('injected failure');
            return;
        }
        if (step === 'drop') {
            note('drop');
            req.socket.destroy();
            return;
        }
        forward(req, body, (err, status, headers, data) => {
            if (err) {
                note('noserver');
                res.writeHead(502);
                res.end(String(err));
                return;
            }
            note(status);
            const reply = () => { res.writeHead(status, headers); res.end(data); };
            if (step === 'slow')
                setTimeout(reply, 4000);
            else
                reply();
        });
    });
}).listen(Number(listen), '127.0.0.1', () => console.log('ready'));
