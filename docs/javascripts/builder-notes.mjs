// Note cards: rendering the engine's notes as text (never as HTML), and what a reader
// does with a note: copy it, open it in their email program, download or print them.

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

export function mailtoHref(note, body) {
  const to = note.email ? encodeURIComponent(note.email) : "";
  const query = [];
  if (note.subject) query.push(`subject=${encodeURIComponent(note.subject)}`);
  query.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`);
  return `mailto:${to}?${query.join("&")}`;
}

export function noteAsText(note, body) {
  const lines = [`To: ${note.to}${note.email ? ` <${note.email}>` : ""}`];
  if (note.subject) lines.push(`Subject: ${note.subject}`);
  return `${lines.join("\n")}\n\n${body}\n`;
}

function card(index) {
  const bodyId = `note-body-${index}`;
  return element("article", { className: "builder-note", "data-testid": "note" }, [
    element("h3", { "data-note-heading": "" }),
    element("p", { className: "builder-note__subject", "data-testid": "note-subject" }),
    element("label", { htmlFor: bodyId, "data-note-label": "" }),
    element("textarea", {
      id: bodyId, rows: 12, spellcheck: true, "data-testid": "note-body", "data-index": index,
    }),
    element("p", { className: "builder-note__count", "data-note-count": "" }),
    element("p", { className: "builder-note__edited", "data-note-edited": "", hidden: true }, [
      "You have edited this note, so changes to the form no longer rewrite it. ",
      element("button", {
        type: "button", className: "md-button", textContent: "Use the builder’s text again",
        "data-action": "discard-edit", "data-index": index,
      }),
    ]),
    element("ul", { className: "builder-note__checks", "data-note-checks": "" }),
    element("p", { className: "builder-note__actions" }, [
      element("button", {
        type: "button", className: "md-button md-button--primary", textContent: "Copy",
        "data-testid": "copy-note", "data-action": "copy", "data-index": index,
      }),
      element("a", {
        className: "md-button", textContent: "Open in your email program",
        "data-testid": "mailto", "data-note-mailto": "",
      }),
      element("button", {
        type: "button", className: "md-button", textContent: "Another wording",
        "data-testid": "another-wording", "data-action": "another-wording",
      }),
    ]),
  ]);
}

export function renderChecks(list, checks) {
  list.replaceChildren(...checks.map((check) => element("li", {
    className: `builder-check builder-check--${check.level}`,
    textContent: check.message,
  })));
}

export function countText(body, channel) {
  if (channel === "linkedin") return `${body.length} of 300 characters`;
  const words = (body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) || []).length;
  return `${words} words`;
}

// Show `notes` in `container`, reusing cards so a reader's place is not lost.
export function renderNotes(container, notes, edits, channel) {
  const cards = [...container.children];
  while (cards.length > notes.length) cards.pop().remove();
  notes.forEach((note, index) => {
    const article = cards[index] ?? container.appendChild(card(index));
    const body = edits[index] ?? note.body;
    article.querySelector("[data-note-heading]").textContent = `Note to ${note.to}`;
    const subject = article.querySelector("[data-testid=note-subject]");
    subject.hidden = note.subject === null;
    subject.textContent = note.subject === null ? "" : `Subject: ${note.subject}`;
    article.querySelector("[data-note-label]").textContent = `Your note to ${note.to}`;
    const textarea = article.querySelector("textarea");
    if (textarea.value !== body) textarea.value = body;
    article.querySelector("[data-note-count]").textContent = countText(body, channel);
    article.querySelector("[data-note-edited]").hidden = !(index in edits);
    const mailto = article.querySelector("[data-note-mailto]");
    mailto.hidden = channel !== "email";
    mailto.href = mailtoHref(note, body);
    if (!(index in edits)) renderChecks(article.querySelector("[data-note-checks]"), note.checks);
  });
}

export function download(notes, edits) {
  const text = notes.map((note, i) => noteAsText(note, edits[i] ?? note.body)).join("\n----\n\n");
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = element("a", { href: url, download: "thank-you-notes.txt" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function copy(text) {
  await navigator.clipboard.writeText(text);
}

export function renderList(list, items) {
  list.replaceChildren(...items.map((text) => element("li", { textContent: text })));
}
