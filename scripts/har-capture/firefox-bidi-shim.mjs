#!/usr/bin/env node
// Stand-in "executablePath" for Playwright's BiDi Firefox (channel 'moz-firefox'): starts
// /usr/bin/firefox-esr with the arguments Playwright gives, and puts a loopback WebSocket relay
// between Playwright and Firefox's WebDriver BiDi endpoint. The relay passes every message through
// unchanged, except commands Firefox ESR 153 answers with "unknown command" that Playwright 1.65
// sends unconditionally while creating a context (emulation.setMediaFeaturesOverride): for those
// it answers {"type":"success","result":{}} itself. Every faked command is logged to stderr and to
// $SHIM_LOG. Playwright's HAR recorder and Firefox's network data are untouched.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../package.json', import.meta.url));
const { WebSocketServer, WebSocket } = require('ws');

const FIREFOX = process.env.SHIM_FIREFOX ?? '/usr/bin/firefox-esr';
const FAKE = new Set((process.env.SHIM_FAKE ?? 'emulation.setMediaFeaturesOverride').split(','));
const note = (s) => { process.stderr.write(`[bidi-shim] ${s}\n`); if (process.env.SHIM_LOG) appendFileSync(process.env.SHIM_LOG, s + '\n'); };

const ff = spawn(FIREFOX, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'pipe'] });
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => ff.kill(sig));
ff.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let buffered = '';
let relayed = false;
ff.stderr.on('data', (chunk) => {
  if (relayed) return void process.stderr.write(chunk);
  buffered += chunk;
  const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(buffered);
  if (!m) return;
  relayed = true;
  const upstream = m[1];
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
    const mine = `ws://127.0.0.1:${wss.address().port}`;
    process.stderr.write(buffered.replace(upstream, mine));
  });
  wss.on('connection', (client, req) => {
    const server = new WebSocket(upstream + req.url);
    const queue = [];
    server.on('open', () => { for (const q of queue) server.send(q); queue.length = 0; });
    server.on('message', (data) => client.send(data.toString()));
    server.on('close', () => client.close());
    client.on('close', () => server.close());
    client.on('message', (data) => {
      const text = data.toString();
      try {
        const msg = JSON.parse(text);
        if (FAKE.has(msg.method)) {
          note(`faked success for ${msg.method} ${JSON.stringify(msg.params)}`);
          client.send(JSON.stringify({ type: 'success', id: msg.id, result: {} }));
          return;
        }
      } catch { /* not JSON: pass through */ }
      if (server.readyState === WebSocket.OPEN) server.send(text); else queue.push(text);
    });
  });
});
