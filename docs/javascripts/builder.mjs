// The note builder page: wires the form, the note writer (Python in a worker) and the
// note cards together. Material's instant navigation swaps pages without reloading, so
// the page is set up on every `document$` emission; the worker lives for the whole visit.
import { NoteWriter } from "./builder-client.mjs";
import * as fields from "./builder-fields.mjs";
import * as form from "./builder-form.mjs";
import * as cards from "./builder-notes.mjs";
import { putBack, takeOut } from "./builder-people.mjs";
import * as undo from "./builder-undo.mjs";

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
  const reason = String(detail).replace(/[.\s]+$/, "");
  let text = state === "error" ? `${STATUS.error}: ${reason}. Everything you typed is kept.` : STATUS[state];
  if (p.storageFailed) text += " Your browser is not letting this page save the form, so a reload will lose it.";
  p.statusText.textContent = text;
  p.retry.hidden = state !== "error";
}

const current = (wording) => wording?.at(-1) ?? 0;

function persist(p) {
  const values = form.readValues(p.form);
  const count = form.interviewerSets(p.form).length;
  p.storageFailed = !form.save({ values, count, variant: p.variant, edits: p.edits, wordings: p.wordings });
  return values;
}

function toRequest(p, values = form.readValues(p.form)) {
  return form.toRequest(form.usedValues(p.form, values), {
    variant: p.variant, variants: Array.from(p.wordings, current), today: form.localToday(),
  });
}

// Only the fields the chosen occasion uses are shown, and LinkedIn's own only for LinkedIn.
function syncFields(p) {
  const kind = p.form.querySelector('[name="kind"]').value;
  for (const part of p.form.querySelectorAll("[data-kinds]")) part.hidden = !form.usedBy(part, kind);
  const linkedin = p.form.querySelector('[name="channel"]').value === "linkedin";
  for (const only of p.form.querySelectorAll("[data-linkedin-only]")) {
    only.hidden = !linkedin || !form.usedBy(only, kind);
  }
}

// What the card of an interviewer without a note says it waits for.
function waitText(p, index, errors) {
  const prefix = `interviewers[${index}]`;
  const own = errors.find((e) => e.field.startsWith(prefix));
  const start = `The note to interviewer ${index + 1} is written once you`;
  if (!own) return `${start} complete the fields above the interviewers.`;
  const name = fields.formName(own.field);
  const what = fields.placeOf(p.form, name).split(": ").pop();
  if (own.message === "is required") return `${start} fill in the ${what}.`;
  if (own.message.startsWith("must be at most")) return `${start} shorten the ${what}.`;
  return `${start} correct the ${what} (it ${own.message}).`;
}

// Links from the form to the notes, shown once there is a note to go to.
function showLinks(p, notes) {
  const ready = notes.filter(Boolean).length;
  for (const jump of p.root.querySelectorAll("[data-notes-ready]")) {
    jump.hidden = ready === 0;
    jump.querySelector("a").textContent = `Go to your notes (${ready} ready)`;
  }
  form.interviewerSets(p.form).forEach((fieldset, index) => {
    const link = fieldset.querySelector("[data-note-link]");
    link.hidden = !notes[index];
    const a = link.querySelector("a");
    a.href = `#note-${index}`;
    a.textContent = notes[index] ? `See the note to ${notes[index].to}` : "See the note";
  });
  for (const action of p.root.querySelectorAll("[data-action=download], [data-action=print]")) {
    action.disabled = ready === 0;
  }
  p.root.querySelector("[data-actions-why]").hidden = ready > 0;
}

// Everything said about the form, from the last response and the fields touched so far.
function showMessages(p) {
  const result = p.result;
  if (!result) return;
  const errors = result.errors ?? [];
  const shown = fields.showErrors(p.form, errors, p.touched);
  cards.renderList(p.errors, shown.map((e) => `${fields.placeOf(p.form, e.name)} ${e.message}.`));
  const checks = [...result.notes.filter(Boolean).flatMap((note) => note.checks), ...result.advice];
  fields.showHints(p.form, checks);
  const written = result.notes.some(Boolean);
  p.waiting.hidden = written;
  p.waiting.textContent = written ? "" : fields.waitingFor(p.form, errors);
}

async function review(p, index) {
  let checks;
  try {
    checks = await writer.call({ op: "review", text: p.edits[index], request: { ...toRequest(p), interviewer: index } });
  } catch {
    return; // The note writer stopped; the status line says why, and the edit is saved.
  }
  const article = p.notes.children[index];
  if (article?.matches("article") && page === p) {
    cards.renderChecks(article.querySelector("[data-note-checks]"), checks);
  }
}

// One compose in flight at a time: input that arrives meanwhile is composed next,
// so a fast typist never queues up stale work.
async function update(p) {
  syncFields(p);
  const values = persist(p);
  if (writer.state !== "ready") return;
  if (p.busy) {
    p.again = true;
    return;
  }
  p.busy = true;
  const request = toRequest(p, values);
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
  p.result = result;
  showMessages(p);
  const errors = result.errors ?? [];
  // With no note at all, the line above the notes says what they wait for, once.
  cards.renderNotes(p.notes, result.notes.some(Boolean) ? result.notes : [], {
    edits: p.edits,
    channel: request.channel ?? "email",
    wordings: p.wordings,
    waits: result.notes.map((_, index) => waitText(p, index, errors)),
  });
  cards.renderList(p.advice, result.advice.filter((a) => !a.field).map((a) => a.message));
  showLinks(p, result.notes);
  for (const index of Object.keys(p.edits).map(Number)) {
    if (result.notes[index]) review(p, index);
  }
}

function schedule(p) {
  clearTimeout(p.timer);
  p.timer = setTimeout(() => update(p), DEBOUNCE_MS);
}

// Follow a link within the page: scroll to its target and move the focus there (to its
// first field, for an interviewer). Material's own handling of such links does not scroll.
function goTo(hash) {
  const target = document.getElementById(hash.slice(1));
  if (!target) return;
  history.replaceState(history.state, "", hash);
  target.scrollIntoView({ block: "start" });
  (target.matches("fieldset") ? target.querySelector("[name]") : target).focus({ preventScroll: true });
}

function nameInput(fieldset) {
  return fieldset.querySelector("input[name$='.name']");
}

async function copyText(button, text) {
  const label = button.textContent;
  try {
    await cards.copy(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed: select the text and copy it";
  }
  setTimeout(() => { button.textContent = label; }, 2000);
}

// Whether the reader agrees to lose their edits to note `index` (true when there are none).
function mayReplace(p, index) {
  if (!(index in p.edits)) return true;
  const to = p.result?.notes[index]?.to ?? `interviewer ${index + 1}`;
  return window.confirm(`Replace your edited note to ${to}? Your changes to it will be lost.`);
}

function reword(p, index, change) {
  if (!mayReplace(p, index)) return;
  delete p.edits[index];
  const wording = p.wordings[index] ?? [0];
  p.wordings[index] = change(wording);
  update(p);
}

function state(p) {
  return { edits: p.edits, wordings: p.wordings, touched: p.touched };
}

function restoreState(p, saved) {
  p.edits = saved.edits;
  p.wordings = saved.wordings;
  p.touched = saved.touched;
  p.typedIn = new Set(saved.touched);
}

function removeInterviewer(p, fieldset) {
  undo.withdraw();
  const index = form.interviewerSets(p.form).indexOf(fieldset);
  const values = form.interviewerValues(fieldset);
  const kept = state(p);
  const held = takeOut(kept, index);
  restoreState(p, kept);
  const [previous, container] = [fieldset.previousElementSibling, fieldset.parentElement];
  const put = (note) => (previous ? previous.after(note) : container.prepend(note));
  nameInput(form.removeInterviewer(p.form, fieldset)).focus();
  const who = values.name.trim() ? `, ${values.name.trim()},` : "";
  undo.offer(put, `Interviewer ${index + 1}${who} removed.`, () => {
    const back = form.addInterviewer(p.form, index);
    form.fillInterviewer(back, values);
    const restored = state(p);
    putBack(restored, index, held);
    restoreState(p, restored);
    nameInput(back).focus();
    update(p);
  });
}

function clearAll(p, button) {
  undo.withdraw();
  const saved = { values: form.readValues(p.form), count: form.interviewerSets(p.form).length, ...state(p) };
  form.erase();
  for (const extra of form.interviewerSets(p.form).slice(1)) extra.remove();
  p.form.reset();
  p.form.querySelector("[name=english]").value = form.englishFor(navigator.languages);
  form.syncInterviewerButtons(p.form);
  restoreState(p, { edits: {}, wordings: [], touched: new Set() });
  p.variant = 0;
  for (const control of p.form.querySelectorAll("[data-limit]")) fields.showCount(control);
  undo.offer((note) => button.closest("p").after(note), "The form is cleared.", () => {
    form.writeValues(p.form, saved.values, saved.count);
    form.syncInterviewerButtons(p.form);
    restoreState(p, saved);
    for (const control of p.form.querySelectorAll("[data-limit]")) fields.showCount(control);
    button.focus();
    update(p);
  }).focus();
}

const ACTIONS = {
  "add-interviewer": (p) => {
    const fieldset = form.addInterviewer(p.form);
    if (fieldset) nameInput(fieldset).focus();
  },
  "remove-interviewer": (p, button) => removeInterviewer(p, button.closest("[data-interviewer]")),
  "clear-all": clearAll,
  retry: () => writer.start(),
  copy: (p, button) => copyText(button, p.notes.children[button.dataset.index].querySelector("textarea").value),
  "copy-subject": (p, button) => copyText(button, p.result.notes[button.dataset.index].subject),
  "another-wording": (p, button) => {
    const top = Math.max(0, ...Array.from(p.wordings, current));
    reword(p, Number(button.dataset.index), (wording) => [...wording, top + 1]);
  },
  "previous-wording": (p, button) => reword(p, Number(button.dataset.index), (w) => w.slice(0, -1)),
  "discard-edit": (p, button) => { delete p.edits[button.dataset.index]; },
  download: (p) => p.result && cards.download(p.result.notes, p.edits),
  print: () => window.print(),
};
const UPDATES_NOTES = new Set(["add-interviewer", "remove-interviewer", "clear-all", "discard-edit"]);

function loadWordings(saved) {
  if (!Array.isArray(saved)) return [];
  return saved.map((w) => (Array.isArray(w) && w.length && w.every(Number.isInteger) ? w : [0]));
}

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
    waiting: root.querySelector("[data-waiting]"),
    variant: Number.isInteger(saved.variant) && saved.variant >= 0 ? saved.variant : 0,
    edits: saved.edits && typeof saved.edits === "object" ? saved.edits : {},
    wordings: loadWordings(saved.wordings),
    touched: new Set(),
    typedIn: new Set(),
    result: null,
    busy: false,
    again: false,
    timer: null,
  };
  const values = saved.values ?? {};
  form.writeValues(p.form, values, Number(saved.count) || 1);
  if (typeof values.english !== "string") {
    p.form.querySelector("[name=english]").value = form.englishFor(navigator.languages);
  }
  form.syncInterviewerButtons(p.form);
  // What was typed on an earlier visit counts as touched: its errors show at once.
  for (const control of p.form.querySelectorAll("[name]")) {
    if (control.value && control.tagName !== "SELECT") p.touched.add(control.name);
    fields.showCount(control);
    if (control.tagName === "TEXTAREA") cards.fitHeight(control);
  }
  p.form.addEventListener("input", (event) => {
    p.typedIn.add(event.target.name);
    // A paste past the limit is said at once, not when the reader leaves the field.
    if (fields.showCount(event.target)) p.touched.add(event.target.name);
    if (event.target.tagName === "TEXTAREA") cards.fitHeight(event.target);
    undo.withdraw();
    schedule(p);
  });
  // A field is touched when the reader has typed in it and left it. What that shows is
  // shown after a click in progress ends, so that nothing moves under the pointer.
  p.form.addEventListener("focusout", (event) => {
    const name = event.target.name;
    if (!p.typedIn.has(name) || p.touched.has(name)) return;
    p.touched.add(name);
    if (!pointerDown) showMessages(p);
    else addEventListener("pointerup", () => setTimeout(() => showMessages(p)), { once: true, capture: true });
  });
  p.form.addEventListener("submit", (event) => event.preventDefault());
  p.notes.addEventListener("input", (event) => {
    const index = Number(event.target.dataset.index);
    p.edits[index] = event.target.value;
    persist(p);
    cards.fitHeight(event.target);
    p.notes.children[index].querySelector("[data-note-edited]").hidden = false;
    clearTimeout(p.reviewTimer);
    p.reviewTimer = setTimeout(() => review(p, index), DEBOUNCE_MS);
  });
  root.addEventListener("click", (event) => {
    // Links to a place on this page (Material writes their addresses out in full).
    const jump = event.target.closest("a[href*='#']");
    if (jump?.hash && jump.pathname === location.pathname) {
      event.preventDefault();
      event.stopPropagation();
      goTo(jump.hash);
      return;
    }
    const button = event.target.closest("[data-action]");
    if (!button || !(button.dataset.action in ACTIONS)) return;
    ACTIONS[button.dataset.action](p, button);
    if (UPDATES_NOTES.has(button.dataset.action)) update(p);
  });
  root.hidden = false;
  return p;
}

let pointerDown = false;
addEventListener("pointerdown", () => { pointerDown = true; }, true);
addEventListener("pointerup", () => setTimeout(() => { pointerDown = false; }), true);

addEventListener("resize", () => {
  for (const textarea of document.querySelectorAll("[data-notes] textarea")) cards.fitHeight(textarea);
});

document$.subscribe(() => {
  const root = document.querySelector("[data-builder]");
  page = root ? setup(root) : null;
  if (!page) return;
  if (writer.state === "idle") writer.start();
  else showState(page, writer.state, writer.detail);
  update(page);
});
