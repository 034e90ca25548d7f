// What the page keeps for each interviewer besides their fields (an edited note, the
// wordings tried, the fields touched) moves with them when one is removed or put back.
const PERSON_FIELD = /^interviewers\.(\d+)\.(.+)$/;

function renumber(touched, change) {
  const moved = new Set();
  for (const name of touched) {
    const person = name.match(PERSON_FIELD);
    if (!person) moved.add(name);
    else {
      const index = change(Number(person[1]));
      if (index !== null) moved.add(`interviewers.${index}.${person[2]}`);
    }
  }
  return moved;
}

function reindex(edits, change) {
  const moved = {};
  for (const [key, text] of Object.entries(edits)) {
    const index = change(Number(key));
    if (index !== null) moved[index] = text;
  }
  return moved;
}

// Take interviewer `index` out of `state` ({edits, wordings, touched}); returns what it held.
export function takeOut(state, index) {
  const held = {
    edit: state.edits[index],
    wording: state.wordings[index],
    touched: [...state.touched].filter((n) => n.startsWith(`interviewers.${index}.`))
      .map((n) => n.split(".").pop()),
  };
  const change = (i) => (i === index ? null : i > index ? i - 1 : i);
  state.edits = reindex(state.edits, change);
  state.wordings = Array.from(state.wordings).filter((_, i) => i !== index);
  state.touched = renumber(state.touched, change);
  return held;
}

// Put back what `takeOut` returned, as interviewer `index`.
export function putBack(state, index, held) {
  const change = (i) => (i >= index ? i + 1 : i);
  state.edits = reindex(state.edits, change);
  if (held.edit !== undefined) state.edits[index] = held.edit;
  state.wordings.length = Math.max(state.wordings.length, index);
  state.wordings.splice(index, 0, held.wording);
  state.touched = renumber(state.touched, change);
  for (const field of held.touched) state.touched.add(`interviewers.${index}.${field}`);
}
