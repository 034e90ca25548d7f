// The builder's form: reading it as an engine request, interviewers added and removed,
// and saving it in this browser's local storage.
export const STORAGE_KEY = "thank-you-notes:form";
export const MAX_INTERVIEWERS = 12;

export function interviewerSets(form) {
  return [...form.querySelectorAll("[data-interviewer]")];
}

function number(fieldset, index) {
  fieldset.querySelector("legend").textContent = `Interviewer ${index + 1}`;
  for (const control of fieldset.querySelectorAll("[name]")) {
    const field = control.name.split(".").pop();
    control.name = `interviewers.${index}.${field}`;
    control.id = `f-interviewers-${index}-${field}`;
    control.closest("p").querySelector("label").htmlFor = control.id;
    const hint = control.closest("p").querySelector("[data-hint]");
    if (hint) {
      hint.id = `${control.id}-hint`;
      control.setAttribute("aria-describedby", hint.id);
    }
  }
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
    ? `Up to ${MAX_INTERVIEWERS} interviewers`
    : "Add another interviewer";
}

export function addInterviewer(form) {
  const sets = interviewerSets(form);
  if (sets.length >= MAX_INTERVIEWERS) return null;
  const fieldset = sets[0].cloneNode(true);
  for (const control of fieldset.querySelectorAll("[name]")) {
    control.value = "";
    control.removeAttribute("aria-invalid");
  }
  for (const error of fieldset.querySelectorAll(".builder-field-error")) error.remove();
  sets[sets.length - 1].after(fieldset);
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

// The engine's request: empty fields left out, interviewers and highlights as lists.
export function toRequest(values, variant, today) {
  const request = { variant, today };
  for (const [path, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value) setPath(request, path, value);
  }
  const count = Object.keys(values).filter((k) => /^interviewers\.\d+\.name$/.test(k)).length;
  request.interviewers = Array.from({ length: count }, (_, i) => request.interviewers?.[i] ?? {});
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
