// The note writer's worker: starts Python (Pyodide) and answers the page. Protocol, one
// message each way:
//   page -> worker  {id, op: "compose", request}  or  {id, op: "review", text, request}
//   worker -> page  {type: "ready", ms} | {type: "failed", message} | {id, result}
// `request` and `result` are the engine's JSON contract, unchanged.
//
// Start-up loads less than Pyodide does by default (see sitegen/runtime.py, trim.py):
// builder.zip holds the engine and only the standard modules it needs, as bytecode, so
// nothing is compiled from source; builder-lock.json lists no packages; and the
// WebAssembly module comes gzip-compressed, decompressed as it downloads.
//
// Each runtime file is named by its whole path from this script, in one string: the
// build renames them after their content and rewrites these strings (sitegen/revision.py).
import { loadPyodide } from "../runtime/pyodide/pyodide.mjs";

const here = (path) => new URL(path, import.meta.url).href;
const wasm = here("../runtime/pyodide/pyodide.asm.wasm");
const packedWasm = here("../runtime/pyodide.asm.wasm.gz");

// Pyodide fetches its WebAssembly module itself, once: answer that one fetch with the
// gzip copy, decompressed as a stream so that compiling starts with the first bytes.
// A host that sent it with Content-Encoding: gzip hands over plain WebAssembly already.
// Pyodide waits for ever on a WebAssembly module that fails to download or to compile, so
// such a failure is reported at once rather than at the page's deadline.
const fail = (error) => postMessage({ type: "failed", message: String(error?.message ?? error) });
addEventListener("unhandledrejection", (event) => fail(event.reason));
const compileStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) => compileStreaming(...args).catch((error) => {
  fail(`its main file is damaged (${error.message})`);
  throw error;
});
const fetchFromNetwork = globalThis.fetch;
globalThis.fetch = async (resource, options) => {
  if (String(resource) !== wasm) return fetchFromNetwork(resource, options);
  globalThis.fetch = fetchFromNetwork;
  const response = await fetchFromNetwork(packedWasm, options);
  if (!response.ok) {
    fail(`its main file could not be downloaded (HTTP ${response.status})`);
    return response;
  }
  const [head, body] = response.body.tee();
  const reader = head.getReader();
  const { value } = await reader.read();
  reader.cancel();
  const gzipped = value?.[0] === 0x1f; // WebAssembly starts with 0x00
  return new Response(gzipped ? body.pipeThrough(new DecompressionStream("gzip")) : body, {
    headers: { "Content-Type": "application/wasm" },
  });
};

async function start() {
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: here("../runtime/pyodide/"),
    stdLibURL: here("../runtime/builder.zip"),
    lockFileURL: here("../runtime/builder-lock.json"),
    packages: [],
    stdout: () => {},
    stderr: () => {},
  });
  const handle = pyodide.pyimport("note_worker").handle;
  return { handle, ms: Math.round(performance.now() - started) };
}

const ready = start();

ready.then(({ ms }) => postMessage({ type: "ready", ms }), fail);

addEventListener("message", async (event) => {
  const { id, op } = event.data;
  const { handle } = await ready;
  const text = handle(op, JSON.stringify(event.data));
  postMessage({ id, result: JSON.parse(text) });
});
