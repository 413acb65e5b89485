/*
 * Preloaded with `node --require` into the language server and the CLI by security tests: any
 * attempt to open a network connection (TCP/TLS/UDP socket, HTTP(S)/HTTP2 request, DNS lookup, fetch)
 * is recorded in $ARCHNOTES_NET_LOG and fails. Unix-domain sockets and pipes (vscode-jsonrpc's IPC)
 * are allowed, as are the process's own stdio streams, which never connect.
 */
'use strict';
const fs = require('node:fs');
const log = process.env.ARCHNOTES_NET_LOG;

function record(what) {
  const line = `${what} ${new Error().stack.split('\n').slice(2, 5).join(' | ')}\n`;
  if (log) fs.appendFileSync(log, line);
  throw new Error(`network access blocked by net-guard: ${what}`);
}

const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  const path = typeof first === 'string' ? first : first && typeof first === 'object' && !Array.isArray(first) ? first.path : undefined;
  if (typeof path === 'string' && !/^\d+$/.test(path)) return originalConnect.apply(this, args);
  return record(`net.Socket.connect ${JSON.stringify(args[0])}`);
};

for (const name of ['http', 'https']) {
  const mod = require(`node:${name}`);
  mod.request = () => record(`${name}.request`);
  mod.get = () => record(`${name}.get`);
}
require('node:http2').connect = () => record('http2.connect');
require('node:tls').connect = () => record('tls.connect');
require('node:dgram').createSocket = () => record('dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[name] = () => record(`dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[name] = () => record(`dns.promises.${name}`);
globalThis.fetch = () => record('fetch');
if (log) fs.appendFileSync(log, '');
