// What the page says beside each field: its character count near the limit, the engine's
// errors once the reader has touched the field, and the engine's hints; and the same
// errors in a list that names each one's place ("Interviewer 3: email ...").
const COUNT_FROM = 0.8; // the count shows from this share of the limit

// The engine's paths ("interviewers[2].email") as form names ("interviewers.2.email").
export const formName = (field) => field.replace(/\[(\d+)\]/g, ".$1");

export function describe(control, id, add) {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
  if (add) ids.push(id);
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}

// The words a field's label starts with, up to a comma: "Name", "What you talked about".
function labelWords(form, control) {
  const label = form.querySelector(`label[for="${control.id}"]`);
  return label ? label.firstChild.textContent.split(",")[0].trim() : control.name;
}

// "Interviewer 3: email" or "Your email": a field as the reader knows it.
export function placeOf(form, name) {
  const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
  if (!control) return name === "interviewers" ? "The interviewers" : name;
  const words = labelWords(form, control);
  const person = name.match(/^interviewers\.(\d+)\./);
  return person ? `Interviewer ${Number(person[1]) + 1}: ${words.toLowerCase()}` : words;
}

function place(control, className, id, text) {
  const note = document.createElement("span");
  note.className = className;
  note.id = id;
  note.textContent = text;
  control.closest("p").append(note);
  describe(control, id, true);
  return note;
}

function clear(form, selector) {
  for (const old of form.querySelectorAll(selector)) {
    const control = form.querySelector(`[aria-describedby~="${old.id}"]`);
    if (control) describe(control, old.id, false);
    old.remove();
  }
}

// Counts: "452 of 500 characters" from 80% of the limit, and past it a message that the
// text is kept whole. Called on every input; returns whether the text is over the limit.
export function showCount(control) {
  const limit = Number(control.dataset.limit);
  if (!limit) return false;
  const id = `${control.id}-counter`;
  let counter = control.closest("p").querySelector(`[id="${id}"]`);
  const length = control.value.trim().replace(/\s+/g, " ").length;
  if (length < Math.floor(limit * COUNT_FROM)) {
    if (counter) {
      describe(control, id, false);
      counter.remove();
    }
    return false;
  }
  counter ??= place(control, "builder-counter", id, "");
  counter.dataset.testid = "counter";
  const over = length - limit;
  counter.classList.toggle("builder-counter--over", over > 0);
  counter.textContent = over > 0
    ? `${length.toLocaleString("en")} of ${limit.toLocaleString("en")} characters: ` +
      `${over.toLocaleString("en")} too many. Your text is kept; shorten it to use it in the note.`
    : `${length.toLocaleString("en")} of ${limit.toLocaleString("en")} characters`;
  return over > 0;
}

// Errors beside the fields the reader has touched (`touched`, a set of form names); a
// field with a count says its length itself. Returns the errors shown, in the form's order.
export function showErrors(form, errors, touched) {
  clear(form, ".builder-field-error");
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  const shown = [];
  for (const error of errors) {
    const name = formName(error.field);
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!control || !touched.has(name)) continue;
    shown.push({ ...error, name });
    control.setAttribute("aria-invalid", "true");
    if (control.dataset.limit && error.message.startsWith("must be at most")) continue;
    if (form.querySelector(`[id="${control.id}-error"]`)) continue;
    const words = labelWords(form, control);
    place(control, "builder-field-error", `${control.id}-error`, `${words} ${error.message}.`)
      .dataset.testid = "field-error";
  }
  return shown;
}

// Hints from the engine (checks and advice that name a field), once each, beside it.
export function showHints(form, checks) {
  clear(form, ".builder-field-hint");
  const seen = new Set();
  for (const check of checks) {
    const key = `${check.field}|${check.code}`;
    if (!check.field || seen.has(key)) continue;
    seen.add(key);
    const control = form.querySelector(`[name="${CSS.escape(formName(check.field))}"]`);
    if (!control) continue;
    const hint = place(
      control, `builder-field-hint builder-field-hint--${check.level ?? "info"}`,
      `${control.id}-${check.code}`, check.message,
    );
    hint.dataset.testid = "field-hint";
  }
}

// What stops every note, in the labels' words, for when there is no note yet.
export function waitingFor(form, errors) {
  const fill = [];
  const correct = [];
  const nameless = new Set();
  for (const error of errors) {
    const name = formName(error.field);
    const person = name.match(/^interviewers\.(\d+)\.name$/);
    if (person && error.message === "is required") nameless.add(person[1]);
    else if (error.message === "is required") fill.push(placeOf(form, name));
    // A field with no control of its own (the list of people) says what is wrong with it.
    else if (!form.querySelector(`[name="${CSS.escape(name)}"]`)) {
      correct.push(`${placeOf(form, name)} (${error.message})`);
    } else correct.push(placeOf(form, name));
  }
  if (nameless.size && nameless.size === form.querySelectorAll("[data-interviewer]").length) {
    fill.push("an interviewer’s name");
  }
  const parts = [];
  if (fill.length) parts.push(`fill in: ${[...new Set(fill)].join(", ")}`);
  if (correct.length) parts.push(`correct: ${[...new Set(correct)].join(", ")}`);
  return parts.length ? `Your notes appear here once you ${parts.join("; ")}.` : "";
}
