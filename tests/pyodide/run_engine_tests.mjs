#!/usr/bin/env node
// Run the engine's pytest suite inside Pyodide (CPython compiled to WebAssembly), in Node.
//
//   node tests/pyodide/run_engine_tests.mjs --tests DIR [--load-timeout SECONDS]
//        WHEEL... [-- PYTEST_ARGS...]
//
//   --tests DIR             the host folder of tests to run (e.g. tests/engine); it is
//                           mounted read-write at /suite/<name> with NODEFS
//   --load-timeout SECONDS  give up if Pyodide has not started after this long (default 120)
//   WHEEL...                wheels to install first: the project's own wheel, then pytest,
//                           hypothesis and their dependencies (paths or file:// URLs); all
//                           must be pure-Python (py3-none-any) wheels
//   -- PYTEST_ARGS...       passed on to pytest.main after the tests folder
//
// Exit status: pytest's own (0 when every test passed), 2 for bad arguments, 3 when
// Pyodide failed to load in time, 4 when Python raised outside pytest.
// Nothing is fetched from the network: Pyodide comes from node_modules/pyodide, and
// loadPackage only reads the wheels given here.

import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const USAGE =
  "usage: node run_engine_tests.mjs --tests DIR [--load-timeout SECONDS] WHEEL... " +
  "[-- PYTEST_ARGS...]";

function fail(message, status) {
  process.stderr.write(`run_engine_tests: ${message}\n`);
  process.exit(status);
}

function parseArgs(argv) {
  const options = { tests: null, loadTimeout: 120, wheels: [], pytestArgs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--") {
      options.pytestArgs = argv.slice(i + 1);
      break;
    } else if (arg === "--tests") {
      options.tests = argv[++i];
    } else if (arg === "--load-timeout") {
      options.loadTimeout = Number(argv[++i]);
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("-")) {
      fail(`unknown option ${arg}\n${USAGE}`, 2);
    } else {
      options.wheels.push(arg.startsWith("file:") ? fileURLToPath(arg) : resolve(arg));
    }
  }
  if (!options.tests) fail(`--tests DIR is required\n${USAGE}`, 2);
  options.tests = resolve(options.tests);
  if (!existsSync(options.tests) || !statSync(options.tests).isDirectory()) {
    fail(`no tests folder at ${options.tests}`, 2);
  }
  if (!(options.loadTimeout > 0)) fail("--load-timeout must be a positive number", 2);
  for (const wheel of options.wheels) {
    if (!wheel.endsWith(".whl") || !existsSync(wheel)) fail(`no wheel at ${wheel}`, 2);
  }
  return options;
}

function withTimeout(promise, seconds, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function exit(status) {
  // Let buffered output reach the pipe before the process ends.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(status)));
}

const options = parseArgs(process.argv.slice(2));

let pyodide;
try {
  pyodide = await withTimeout(
    loadPyodide({ env: { PYTHONDONTWRITEBYTECODE: "1", HOME: "/tmp" } }),
    options.loadTimeout,
    "loading Pyodide",
  );
} catch (error) {
  fail(`Pyodide did not load: ${error.message}`, 3);
}

// Pass Python's output through unchanged, so pytest's progress dots stay on one line.
pyodide.setStdout({ write: (bytes) => (process.stdout.write(bytes), bytes.length) });
pyodide.setStderr({ write: (bytes) => (process.stderr.write(bytes), bytes.length) });

let status;
try {
  if (options.wheels.length) {
    await pyodide.loadPackage(options.wheels, {
      messageCallback: () => {},
      errorCallback: (message) => process.stderr.write(`${message}\n`),
    });
  }
  const mountPoint = `/suite/${basename(options.tests)}`;
  pyodide.FS.mkdirTree(mountPoint);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: options.tests }, mountPoint);
  pyodide.globals.set("mount_point", mountPoint);
  pyodide.globals.set("pytest_args", pyodide.toPy(options.pytestArgs));
  status = pyodide.runPython(`
import os
import platform
import sys

sys.dont_write_bytecode = True  # never write __pycache__ into the host's tests folder
os.chdir("/tmp")  # Hypothesis keeps its files under the working directory, in memory here
print(f"Python {platform.python_version()} ({sys.platform}) in Pyodide", flush=True)

import pytest

int(pytest.main([mount_point, "-p", "no:cacheprovider", *pytest_args]))
`);
} catch (error) {
  process.stderr.write(`${error.message ?? error}\n`);
  status = 4;
}
exit(status);
