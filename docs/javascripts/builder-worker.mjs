// The note writer's worker: starts Python (Pyodide), installs the engine's wheel, and
// answers the page. Protocol, one message each way:
//   page -> worker  {id, op: "compose", request}  or  {id, op: "review", text, request}
//   worker -> page  {type: "ready", ms} | {type: "failed", message} | {id, result}
// `request` and `result` are the engine's JSON contract, unchanged.
import { loadPyodide } from "../runtime/pyodide/pyodide.mjs";

const runtime = new URL("../runtime/", import.meta.url);

const PYTHON = `
import json
import builder

def handle(op, payload):
    message = json.loads(payload)
    if op == "compose":
        result = builder.compose(message["request"])
    else:
        result = builder.review(message["text"], message["request"])
    return json.dumps(result, ensure_ascii=False)

handle
`;

async function start() {
  const started = performance.now();
  const wheel = fetch(new URL("builder.whl", runtime)).then((response) => {
    if (!response.ok) throw new Error(`the note engine could not be fetched (${response.status})`);
    return response.arrayBuffer();
  });
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", runtime).href,
    packages: [],
    stdout: () => {},
    stderr: () => {},
  });
  pyodide.unpackArchive(await wheel, "wheel");
  const handle = pyodide.runPython(PYTHON);
  return { handle, ms: Math.round(performance.now() - started) };
}

const ready = start();

ready.then(
  ({ ms }) => postMessage({ type: "ready", ms }),
  (error) => postMessage({ type: "failed", message: String(error && error.message || error) }),
);

addEventListener("message", async (event) => {
  const { id, op } = event.data;
  const { handle } = await ready;
  const text = handle(op, JSON.stringify(event.data));
  postMessage({ id, result: JSON.parse(text) });
});
