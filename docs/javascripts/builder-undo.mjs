// A way back from what erases typed text: an "Undo" offered in place, announced to screen
// readers, until the reader changes something else or UNDO_MS pass. One offer at a time.
export const UNDO_MS = 20000;

let current = null;

// Withdraw the offer on the table, if any: what it would have restored is gone for good.
export function withdraw() {
  if (!current) return;
  const { note, timer } = current;
  current = null;
  clearTimeout(timer);
  const hadFocus = note.contains(document.activeElement);
  note.remove();
  if (hadFocus) document.querySelector(".builder-form [name]")?.focus();
}

// Say `text` with an Undo button that calls `restore`; `put(note)` places it in the page.
// Returns the button.
export function offer(put, text, restore) {
  withdraw();
  const note = document.createElement("p");
  note.className = "builder-undo";
  note.setAttribute("role", "status");
  note.dataset.testid = "undo";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button";
  button.textContent = "Undo";
  note.append(`${text} `, button);
  put(note);
  const entry = { note, timer: setTimeout(withdraw, UNDO_MS) };
  current = entry;
  button.addEventListener("click", () => {
    if (current !== entry) return;
    clearTimeout(entry.timer);
    current = null;
    note.remove();
    restore();
  });
  return button;
}
