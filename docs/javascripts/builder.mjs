// The note builder page: wires the form, the note writer (Python in a worker) and the
// note cards together. Material's instant navigation swaps pages without reloading, so
// the page is set up on every `document$` emission; the worker lives for the whole visit.
import { NoteWriter } from "./builder-client.mjs";
import * as form from "./builder-form.mjs";
import * as cards from "./builder-notes.mjs";

const DEBOUNCE_MS = 16;
const STATUS = {
  loading: "Starting the note writer. This takes a few seconds the first time; you can start typing now.",
  ready: "Ready. Your notes update as you type.",
  error: "The note writer could not start",
};

let page = null;
const writer = new NoteWriter(new URL("builder-worker.mjs", import.meta.url), (state, detail) => {
  if (!page) return;
  showState(page, state, detail);
  if (state === "ready") {
    update(page);
    navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage("cache-runtime"));
  }
});

function showState(p, state, detail) {
  p.status.dataset.state = state;
  let text = state === "error" ? `${STATUS.error}: ${detail}. Everything you typed is kept.` : STATUS[state];
  if (p.storageFailed) text += " Your browser is not letting this page save the form, so a reload will lose it.";
  p.statusText.textContent = text;
  p.retry.hidden = state !== "error";
}

function persist(p) {
  const values = form.readValues(p.form);
  const count = form.interviewerSets(p.form).length;
  p.storageFailed = !form.save({ values, count, variant: p.variant, edits: p.edits });
  return values;
}

function labelFor(p, name) {
  const control = p.form.querySelector(`[name="${CSS.escape(name)}"]`);
  const label = control && p.form.querySelector(`label[for="${control.id}"]`);
  return label ? label.firstChild.textContent.trim() : name;
}

function describe(control, id, add) {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
  if (add) ids.push(id);
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}

// Hints from the engine about how a field was read, shown beside that field.
function showHints(p, notes) {
  for (const old of p.form.querySelectorAll(".builder-field-hint")) {
    const control = p.form.querySelector(`[aria-describedby~="${old.id}"]`);
    if (control) describe(control, old.id, false);
    old.remove();
  }
  const shown = new Set();
  for (const check of notes.flatMap((note) => note.checks)) {
    const key = `${check.field}|${check.code}`;
    if (!check.field || shown.has(key)) continue;
    shown.add(key);
    const control = p.form.querySelector(`[name="${CSS.escape(check.field.replace(/\[(\d+)\]/g, ".$1"))}"]`);
    if (!control) continue;
    const hint = document.createElement("span");
    hint.className = `builder-field-hint builder-field-hint--${check.level}`;
    hint.id = `${control.id}-${check.code}`;
    hint.dataset.testid = "field-hint";
    hint.textContent = check.message;
    control.closest("p").append(hint);
    describe(control, hint.id, true);
  }
}

function syncChannel(p) {
  const linkedin = p.form.querySelector('[name="channel"]').value === "linkedin";
  for (const only of p.form.querySelectorAll("[data-linkedin-only]")) only.hidden = !linkedin;
}

function showErrors(p, errors) {
  for (const old of p.form.querySelectorAll(".builder-field-error")) {
    const control = p.form.querySelector(`[aria-describedby~="${old.id}"]`);
    if (control) describe(control, old.id, false);
    old.remove();
  }
  for (const control of p.form.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
  }
  const missing = [];
  const problems = [];
  for (const { field, message } of errors) {
    const name = field.replace(/\[(\d+)\]/g, ".$1");
    if (message === "is required") {
      missing.push(labelFor(p, name));
      continue;
    }
    problems.push(`${labelFor(p, name)}: ${message}.`);
    const control = p.form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (control) {
      const note = document.createElement("span");
      note.className = "builder-field-error";
      note.id = `${control.id}-error`;
      note.textContent = message;
      control.after(note);
      control.setAttribute("aria-invalid", "true");
      describe(control, note.id, true);
    }
  }
  if (missing.length) problems.unshift(`To write your notes, fill in: ${missing.join(", ")}.`);
  cards.renderList(p.errors, problems);
}

async function review(p, index) {
  const request = form.toRequest(form.readValues(p.form), p.variant, form.localToday());
  let checks;
  try {
    checks = await writer.call({ op: "review", text: p.edits[index], request: { ...request, interviewer: index } });
  } catch {
    return; // The note writer stopped; the status line says why, and the edit is saved.
  }
  const article = p.notes.children[index];
  if (article && page === p) cards.renderChecks(article.querySelector("[data-note-checks]"), checks);
}

// One compose in flight at a time: input that arrives meanwhile is composed next,
// so a fast typist never queues up stale work.
async function update(p) {
  syncChannel(p);
  const values = persist(p);
  if (writer.state !== "ready") return;
  if (p.busy) {
    p.again = true;
    return;
  }
  p.busy = true;
  const request = form.toRequest(values, p.variant, form.localToday());
  let result;
  try {
    result = await writer.call({ op: "compose", request });
  } catch {
    return;
  } finally {
    p.busy = false;
  }
  if (p.again) {
    p.again = false;
    update(p);
    return;
  }
  if (page !== p) return;
  if (!result.ok) {
    showErrors(p, result.errors);
    showHints(p, []);
    cards.renderNotes(p.notes, [], {}, "email");
    cards.renderList(p.advice, []);
    p.response = null;
    return;
  }
  showErrors(p, []);
  showHints(p, result.notes);
  p.response = result;
  cards.renderNotes(p.notes, result.notes, p.edits, request.channel ?? "email");
  cards.renderList(p.advice, result.advice.map((a) => a.message));
  for (const index of Object.keys(p.edits).map(Number)) {
    if (index < result.notes.length) review(p, index);
  }
}

function schedule(p) {
  clearTimeout(p.timer);
  p.timer = setTimeout(() => update(p), DEBOUNCE_MS);
}

function nameInput(fieldset) {
  return fieldset.querySelector("input[name$='.name']");
}

function shiftEdits(edits, removed) {
  const shifted = {};
  for (const [key, text] of Object.entries(edits)) {
    const index = Number(key);
    if (index !== removed) shifted[index > removed ? index - 1 : index] = text;
  }
  return shifted;
}

async function copyNote(p, button) {
  const index = Number(button.dataset.index);
  const label = button.textContent;
  try {
    await cards.copy(p.notes.children[index].querySelector("textarea").value);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed: select the text and copy it";
  }
  setTimeout(() => { button.textContent = label; }, 2000);
}

const ACTIONS = {
  "add-interviewer": (p) => {
    const fieldset = form.addInterviewer(p.form);
    if (fieldset) nameInput(fieldset).focus();
  },
  "remove-interviewer": (p, button) => {
    const fieldset = button.closest("[data-interviewer]");
    p.edits = shiftEdits(p.edits, form.interviewerSets(p.form).indexOf(fieldset));
    nameInput(form.removeInterviewer(p.form, fieldset)).focus();
  },
  "clear-all": (p) => {
    form.erase();
    for (const extra of form.interviewerSets(p.form).slice(1)) extra.remove();
    p.form.reset();
    form.syncInterviewerButtons(p.form);
    p.variant = 0;
    p.edits = {};
    p.form.querySelector("[name]").focus();
  },
  retry: () => writer.start(),
  copy: (p, button) => copyNote(p, button),
  "another-wording": (p) => { p.variant += 1; },
  "discard-edit": (p, button) => { delete p.edits[button.dataset.index]; },
  download: (p) => p.response && cards.download(p.response.notes, p.edits),
  print: () => window.print(),
};
const UPDATES_NOTES = new Set(["add-interviewer", "remove-interviewer", "clear-all", "another-wording", "discard-edit"]);

function setup(root) {
  const saved = form.load() ?? {};
  const p = {
    root,
    form: root.querySelector("form"),
    status: root.querySelector("[data-testid=builder-status]"),
    statusText: root.querySelector("[data-status-text]"),
    retry: root.querySelector("[data-action=retry]"),
    notes: root.querySelector("[data-notes]"),
    advice: root.querySelector("[data-advice]"),
    errors: root.querySelector("[data-errors]"),
    variant: Number.isInteger(saved.variant) && saved.variant >= 0 ? saved.variant : 0,
    edits: saved.edits && typeof saved.edits === "object" ? saved.edits : {},
    response: null,
    busy: false,
    again: false,
    timer: null,
  };
  form.writeValues(p.form, saved.values ?? {}, Number(saved.count) || 1);
  form.syncInterviewerButtons(p.form);
  p.form.addEventListener("input", () => schedule(p));
  p.form.addEventListener("submit", (event) => event.preventDefault());
  p.notes.addEventListener("input", (event) => {
    const index = Number(event.target.dataset.index);
    p.edits[index] = event.target.value;
    persist(p);
    p.notes.children[index].querySelector("[data-note-edited]").hidden = false;
    clearTimeout(p.reviewTimer);
    p.reviewTimer = setTimeout(() => review(p, index), DEBOUNCE_MS);
  });
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-action]");
    if (!button || !(button.dataset.action in ACTIONS)) return;
    ACTIONS[button.dataset.action](p, button);
    if (UPDATES_NOTES.has(button.dataset.action)) update(p);
  });
  root.hidden = false;
  return p;
}

document$.subscribe(() => {
  const root = document.querySelector("[data-builder]");
  page = root ? setup(root) : null;
  if (!page) return;
  if (writer.state === "idle") writer.start();
  else showState(page, writer.state, writer.detail);
  update(page);
});
