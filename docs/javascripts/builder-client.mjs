// Starts the note writer's worker and talks to it, with a deadline on start-up:
// when the runtime is blocked or broken, Pyodide never settles, so we stop waiting.
const START_TIMEOUT_MS = 30000;

export class NoteWriter {
  constructor(workerUrl, onState) {
    this.workerUrl = workerUrl;
    this.onState = onState;
    this.pending = new Map();
    this.nextId = 1;
    this.state = "idle";
  }

  start() {
    this.stop();
    this.setState("loading");
    const worker = new Worker(this.workerUrl, { type: "module" });
    this.worker = worker;
    this.timer = setTimeout(
      () => this.fail("it took too long to start. Your connection may be slow or blocking it"),
      START_TIMEOUT_MS,
    );
    worker.addEventListener("message", (event) => this.receive(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail(event.message || "your browser could not run it");
    });
  }

  stop() {
    clearTimeout(this.timer);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    for (const { reject } of this.pending.values()) reject(new Error("stopped"));
    this.pending.clear();
  }

  fail(reason) {
    this.stop();
    this.setState("error", reason);
  }

  setState(state, detail) {
    this.state = state;
    this.detail = detail;
    this.onState(state, detail);
  }

  receive(data) {
    if (data.type === "ready") {
      clearTimeout(this.timer);
      this.setState("ready", data.ms);
    } else if (data.type === "failed") {
      this.fail(data.message);
    } else if (this.pending.has(data.id)) {
      this.pending.get(data.id).resolve(data.result);
      this.pending.delete(data.id);
    }
  }

  call(message) {
    if (this.state !== "ready") return Promise.reject(new Error("not ready"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }
}
