#!/usr/bin/env node
// Build the builder's trimmed Python runtime with Pyodide itself, then check it.
//
//   node sitegen/compile_runtime.mjs --pyodide DIR --app DIR --calls FILE --lock FILE
//        --out FILE [--optimize 0|1|2] [--timeout SECONDS]
//
//   --pyodide DIR   Pyodide's core files (node_modules/pyodide)
//   --app DIR       the Python the worker imports: note_worker.py and the engine's package,
//                   and sitecustomize.py
//   --calls FILE    JSON list of page-to-worker messages that exercise the engine
//   --lock FILE     the lock file the worker passes to loadPyodide
//   --out FILE      the zip to write: only the modules the engine needs, as bytecode
//
// 1. Start the full runtime, put DIR on sys.path and answer every call, as the worker
//    does, recording what each regular expression and dataclass compiles to; 2. pack
//    every module that got imported, plus what pack_runtime.py adds, as bytecode compiled
//    by this very Python (bytecode is tied to its version), with what was recorded; 3. start a
//    second runtime from the zip alone and answer the calls again: every answer must be
//    the same. Prints a JSON summary. Exit status 0 when the answers match, 1 when Python
//    raised (say, a module is missing), 2 for bad arguments, 3 when Pyodide did not start
//    in time, 4 when the answers differ.
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    pyodide: { type: "string" },
    app: { type: "string" },
    calls: { type: "string" },
    lock: { type: "string" },
    out: { type: "string" },
    optimize: { type: "string", default: "2" },
    timeout: { type: "string", default: "120" },
  },
});
for (const name of ["pyodide", "app", "calls", "lock", "out"]) {
  if (!options[name]) {
    process.stderr.write(`compile_runtime: --${name} is required\n`);
    process.exit(2);
  }
}
const indexURL = resolve(options.pyodide) + "/";
const { loadPyodide } = await import(join(indexURL, "pyodide.mjs"));
const calls = JSON.parse(readFileSync(options.calls, "utf8"));

async function start(extra) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("Pyodide did not start in time")), options.timeout * 1000);
  });
  try {
    return await Promise.race([loadPyodide({ indexURL, packages: [], ...extra }), deadline]);
  } catch (error) {
    process.stderr.write(`compile_runtime: ${error.message}\n`);
    process.exit(3);
  } finally {
    clearTimeout(timer);
  }
}

// Every answer, and for a message the engine cannot read, the error's last line.
function answer(pyodide) {
  const handle = pyodide.pyimport("note_worker").handle;
  const answers = calls.map((call) => handle(call.op, JSON.stringify(call)));
  try {
    handle("compose", "{not json");
  } catch (error) {
    answers.push(error.message.trim().split("\n").pop());
  }
  handle.destroy();
  return answers;
}

async function main() {
  const started = performance.now();
  const full = await start({});
  full.FS.mkdirTree("/app");
  full.FS.mount(full.FS.filesystems.NODEFS, { root: resolve(options.app) }, "/app");
  full.runPython("import sys; sys.path.insert(0, '/app')");
  full.runPython(readFileSync(join(here, "pack_runtime.py"), "utf8"));
  full.globals.get("record_compilations")();
  const expected = answer(full);

  const files = full.globals.get("needed_modules")("/app/");
  const out = resolve(options.out);
  full.FS.mkdirTree("/out");
  full.FS.mount(full.FS.filesystems.NODEFS, { root: dirname(out) }, "/out");
  const size = full.globals.get("pack")(files, join("/out", basename(out)), Number(options.optimize));

  const loading = performance.now();
  const trimmed = await start({ stdLibURL: out, lockFileURL: resolve(options.lock) });
  const startMs = Math.round(performance.now() - loading);
  const actual = answer(trimmed);
  const differ = expected.findIndex((text, i) => text !== actual[i]);
  const summary = {
    modules: files.length,
    bytes: size,
    calls: calls.length,
    trimmedStartMs: startMs,
    totalMs: Math.round(performance.now() - started),
  };
  if (differ >= 0 || expected.length !== actual.length) {
    summary.mismatch = { call: calls[differ] ?? "the error", full: expected[differ], trimmed: actual[differ] };
  }
  return summary;
}

try {
  const summary = await main();
  process.stdout.write(JSON.stringify(summary) + "\n");
  process.exit(summary.mismatch ? 4 : 0);
} catch (error) {
  // A Python error's message is its traceback; spare the minified JavaScript around it.
  process.stderr.write(`compile_runtime: ${error.message}\n`);
  process.exit(1);
}
