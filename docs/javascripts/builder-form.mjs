// The builder's form: reading it as an engine request, interviewers added, removed and
// put back, and saving it in this browser's local storage.
export const STORAGE_KEY = "thank-you-notes:form";
export const MAX_INTERVIEWERS = 12;
// Regions that write American English; every other English reader gets British.
const AMERICAN_REGIONS = new Set(["US", "PR", "PH", "UM", "VI", "GU", "AS", "MP"]);

export function interviewerSets(form) {
  return [...form.querySelectorAll("[data-interviewer]")];
}

function number(fieldset, index) {
  fieldset.querySelector("legend").textContent = `Interviewer ${index + 1}`;
  for (const control of fieldset.querySelectorAll("[name]")) {
    const field = control.name.split(".").pop();
    const oldId = control.id;
    control.name = `interviewers.${index}.${field}`;
    control.id = `f-interviewers-${index}-${field}`;
    const paragraph = control.closest("p");
    paragraph.querySelector("label").htmlFor = control.id;
    // Hints and counters are named after their control, so they follow its new number.
    const described = [];
    for (const id of (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean)) {
      const part = paragraph.querySelector(`[id="${CSS.escape(id)}"]`);
      if (!part) continue;
      part.id = control.id + id.slice(oldId.length);
      described.push(part.id);
    }
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
    else control.removeAttribute("aria-describedby");
  }
  fieldset.id = `interviewer-${index}`;
  fieldset.querySelector("[data-action=remove-interviewer]").textContent =
    `Remove interviewer ${index + 1}`;
}

export function syncInterviewerButtons(form) {
  const sets = interviewerSets(form);
  sets.forEach((fieldset, index) => {
    number(fieldset, index);
    fieldset.querySelector("[data-action=remove-interviewer]").hidden = sets.length === 1;
  });
  const add = form.querySelector("[data-action=add-interviewer]");
  add.disabled = sets.length >= MAX_INTERVIEWERS;
  add.textContent = add.disabled
    ? `Up to ${MAX_INTERVIEWERS} interviewers: remove one to add another`
    : "Add another interviewer";
}

function blank(fieldset) {
  for (const control of fieldset.querySelectorAll("[name]")) {
    control.value = "";
    control.removeAttribute("aria-invalid");
  }
  for (const added of fieldset.querySelectorAll(
    ".builder-field-error, .builder-field-hint, .builder-counter",
  )) {
    added.remove();
  }
  fieldset.querySelector("[data-note-link]").hidden = true;
  return fieldset;
}

// A new, empty interviewer at `index` (the end by default); null when the form is full.
export function addInterviewer(form, index = interviewerSets(form).length) {
  const sets = interviewerSets(form);
  if (sets.length >= MAX_INTERVIEWERS) return null;
  const fieldset = blank(sets[0].cloneNode(true));
  if (index < sets.length) sets[index].before(fieldset);
  else sets[sets.length - 1].after(fieldset);
  syncInterviewerButtons(form);
  return fieldset;
}

export function removeInterviewer(form, fieldset) {
  const sets = interviewerSets(form);
  if (sets.length === 1) return sets[0];
  const index = sets.indexOf(fieldset);
  fieldset.remove();
  syncInterviewerButtons(form);
  return interviewerSets(form)[Math.min(index, sets.length - 2)];
}

// The values of one interviewer's fields, by field ("name", "detail", ...).
export function interviewerValues(fieldset) {
  const values = {};
  for (const control of fieldset.querySelectorAll("[name]")) {
    values[control.name.split(".").pop()] = control.value;
  }
  return values;
}

export function fillInterviewer(fieldset, values) {
  for (const control of fieldset.querySelectorAll("[name]")) {
    control.value = values[control.name.split(".").pop()] ?? "";
  }
}

export function readValues(form) {
  const values = {};
  for (const control of form.querySelectorAll("[name]")) values[control.name] = control.value;
  return values;
}

export function writeValues(form, values, count) {
  while (interviewerSets(form).length < Math.min(count, MAX_INTERVIEWERS)) addInterviewer(form);
  for (const control of form.querySelectorAll("[name]")) {
    const value = values[control.name];
    if (typeof value !== "string") continue;
    if (control.tagName === "SELECT" && ![...control.options].some((o) => o.value === value)) {
      continue;
    }
    control.value = value;
  }
}

// "us" or "uk" from the reader's languages (navigator.languages): their first English decides.
export function englishFor(languages) {
  const english = languages.find((tag) => /^en\b/i.test(tag));
  if (!english) return "uk";
  const region = english.split("-")[1]?.toUpperCase();
  return region === undefined || AMERICAN_REGIONS.has(region) ? "us" : "uk";
}

// Whether a part of the form marked with the occasions it serves (data-kinds) serves `kind`.
export function usedBy(part, kind) {
  return part.dataset.kinds.split(" ").includes(kind);
}

// The values of the fields the chosen occasion uses: those it hides stay in the form, unsent.
export function usedValues(form, values) {
  const unused = new Set();
  for (const part of form.querySelectorAll("[data-kinds]")) {
    if (usedBy(part, values.kind)) continue;
    for (const control of part.querySelectorAll("[name]")) unused.add(control.name);
  }
  return Object.fromEntries(Object.entries(values).filter(([name]) => !unused.has(name)));
}

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.slice(0, -1).forEach((key, i) => {
    const nextIsIndex = /^\d+$/.test(keys[i + 1]);
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key];
  });
  node[keys[keys.length - 1]] = value;
}

// The engine's request: empty fields left out, interviewers and highlights as lists, and
// each interviewer's wording (`variants[i]`, the latest of their wordings) when not the first.
export function toRequest(values, { variant = 0, variants = [], today } = {}) {
  const request = { candidate: {}, variant, today };
  for (const [path, raw] of Object.entries(values)) {
    const value = raw.trim();
    // A yes-or-no field is a select whose "yes" is sent as true.
    if (value) setPath(request, path, path.endsWith(".met_before") ? value === "yes" : value);
  }
  const count = Object.keys(values).filter((k) => /^interviewers\.\d+\.name$/.test(k)).length;
  request.interviewers = Array.from({ length: count }, (_, i) => {
    const person = request.interviewers?.[i] ?? {};
    if (variants[i]) person.variant = variants[i];
    return person;
  });
  if (request.highlights) request.highlights = request.highlights.filter(Boolean);
  return request;
}

export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
    return saved && typeof saved === "object" ? saved : null;
  } catch {
    return null;
  }
}

export function save(state) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function erase() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage is unavailable: there is nothing saved to erase.
  }
}
