// Runs a worker bundle the way a worker runtime does: an ES module in a fresh context that has
// web globals only — no `require`, no `process`, no Node built-in can be imported.
// Usage: node --experimental-vm-modules run-in-isolate.mjs bundle.js
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const file = process.argv[2];
const web = [
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'ReadableStream', 'WritableStream', 'TransformStream',
  'Response', 'Request', 'Headers', 'Blob', 'AbortController', 'AbortSignal', 'Event', 'EventTarget',
  'MessageChannel', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask',
  'structuredClone', 'atob', 'btoa', 'crypto', 'performance', 'console',
];
const globals = Object.fromEntries(web.map((name) => [name, globalThis[name]]));
const context = vm.createContext(globals);
vm.runInContext('globalThis.self = globalThis;', context);
const mod = new vm.SourceTextModule(readFileSync(file, 'utf8'), { context, identifier: file });
await mod.link((specifier) => {
  throw new Error(`the worker bundle imports "${specifier}", which a worker runtime cannot resolve`);
});
await mod.evaluate();
const response = await mod.namespace.default.fetch(new Request('https://worker.example/'));
const { html, text } = JSON.parse(await response.text());
console.log(JSON.stringify({ status: response.status, bytes: html.length, text: text.length, footer: text.includes('newsletter/abmelden') }));
