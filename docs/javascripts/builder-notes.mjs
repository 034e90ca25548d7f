// Note cards: rendering the engine's notes as text (never as HTML), and what a reader
// does with a note: copy its subject and body, open it in their email program, word it
// again or go back to the previous wording, download or print them all.

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

const button = (text, action, index, extra = {}) => element("button", {
  type: "button", className: "md-button", textContent: text, "data-action": action,
  "data-index": index, ...extra,
});

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
  return element("article", {
    className: "builder-note", id: `note-${index}`, tabIndex: -1, "data-testid": "note",
  }, [
    element("h3", { "data-note-heading": "" }),
    element("p", { className: "builder-note__subject" }, [
      element("span", { "data-testid": "note-subject" }),
      button("Copy subject", "copy-subject", index, { "data-testid": "copy-subject" }),
    ]),
    element("label", { htmlFor: bodyId, "data-note-label": "" }),
    element("textarea", {
      id: bodyId, rows: 8, spellcheck: true, "data-testid": "note-body", "data-index": index,
    }),
    element("p", { className: "builder-note__count", "data-note-count": "" }),
    element("p", { className: "builder-note__edited", "data-note-edited": "", hidden: true }, [
      "You have edited this note, so changes to the form no longer rewrite it. ",
      button("Use the builder’s text again", "discard-edit", index),
    ]),
    element("ul", { className: "builder-note__checks", "data-note-checks": "" }),
    element("p", { className: "builder-note__actions" }, [
      button("Copy note", "copy", index, {
        className: "md-button md-button--primary", "data-testid": "copy-note",
      }),
      element("a", {
        className: "md-button", textContent: "Open in your email program",
        "data-testid": "mailto", "data-note-mailto": "",
      }),
    ]),
    element("p", {
      className: "builder-note__reminder", "data-testid": "attach-reminder",
      "data-note-reminder": "", hidden: true,
    }),
    element("p", { className: "builder-note__actions" }, [
      button("Another wording", "another-wording", index, { "data-testid": "another-wording" }),
      button("Previous wording", "previous-wording", index, { "data-testid": "previous-wording" }),
      element("a", {
        className: "md-button", textContent: "Back to the form", href: `#interviewer-${index}`,
        "data-testid": "back-to-form",
      }),
    ]),
  ]);
}

function waiting(index) {
  return element("p", {
    className: "builder-note builder-note--waiting", id: `note-${index}`, tabIndex: -1,
    "data-testid": "note-waiting",
  });
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

// A textarea as tall as its text, so that a note is read whole, with no scroll inside.
export function fitHeight(textarea) {
  textarea.style.height = "auto";
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

function fill(article, note, index, { body, edited, channel, wordings }) {
  article.querySelector("[data-note-heading]").textContent = `Note to ${note.to}`;
  const subject = article.querySelector(".builder-note__subject");
  subject.hidden = note.subject === null;
  subject.querySelector("[data-testid=note-subject]").textContent =
    note.subject === null ? "" : `Subject: ${note.subject}`;
  article.querySelector("[data-note-label]").textContent = `Your note to ${note.to}`;
  const textarea = article.querySelector("textarea");
  if (textarea.value !== body) textarea.value = body;
  fitHeight(textarea);
  article.querySelector("[data-note-count]").textContent = countText(body, channel);
  article.querySelector("[data-note-edited]").hidden = !edited;
  const mailto = article.querySelector("[data-note-mailto]");
  mailto.hidden = channel !== "email";
  mailto.href = mailtoHref(note, body);
  const attach = note.checks.find((check) => check.code === "attach");
  const reminder = article.querySelector("[data-note-reminder]");
  reminder.hidden = !attach;
  reminder.textContent = attach ? `Before you send: ${attach.message}` : "";
  const previous = article.querySelector("[data-action=previous-wording]");
  previous.disabled = wordings.length < 2;
  const checks = note.checks.filter((check) => check.code !== "attach"); // said beside the mail button
  if (!edited) renderChecks(article.querySelector("[data-note-checks]"), checks);
}

// Show one card per interviewer in `container`: their note, or what it waits for
// (`waits[i]`). Cards are reused, so a reader's place is not lost; an edited note stays
// while its interviewer's fields are being corrected.
export function renderNotes(container, notes, { edits, channel, wordings, waits }) {
  const cards = [...container.children];
  while (cards.length > notes.length) cards.pop().remove();
  notes.forEach((note, index) => {
    let article = cards[index];
    if (!note) {
      if (index in edits && article?.matches("article")) return;
      if (!article?.matches("p")) {
        const replacement = waiting(index);
        if (article) article.replaceWith(replacement);
        else container.append(replacement);
        article = replacement;
      }
      article.textContent = waits[index];
      return;
    }
    if (!article?.matches("article")) {
      const replacement = card(index);
      if (article) article.replaceWith(replacement);
      else container.append(replacement);
      article = replacement;
    }
    fill(article, note, index, {
      body: edits[index] ?? note.body, edited: index in edits, channel, wordings: wordings[index] ?? [0],
    });
  });
}

export function download(notes, edits) {
  const text = notes
    .map((note, i) => note && noteAsText(note, edits[i] ?? note.body))
    .filter(Boolean)
    .join("\n----\n\n");
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
