// Every click of the palette button changes what the reader sees. Material cycles
// system → light → dark, so on a light system its first click (to light) changed nothing.
// Here the button goes from the system's palette to the other one, and back to the system.
const SYSTEM_IS_DARK = matchMedia("(prefers-color-scheme: dark)");
const TITLES = { default: "Switch to light mode", slate: "Switch to dark mode" };

function palettes() {
  return [...document.querySelectorAll("[data-md-component=palette] input[name=__palette]")];
}

// The palette the button should go to from `input`'s palette.
function next(input, [system, ...schemes]) {
  const shown = SYSTEM_IS_DARK.matches ? "slate" : "default";
  const other = schemes.find((s) => s.dataset.mdColorScheme !== shown);
  const same = schemes.find((s) => s.dataset.mdColorScheme === shown);
  if (input === system) return other;
  return input === same ? other : system;
}

function retarget() {
  const inputs = palettes();
  if (inputs.length !== 3) return;
  for (const input of inputs) {
    const label = input.nextElementSibling;
    if (label?.tagName !== "LABEL") continue;
    const target = next(input, inputs);
    const title = target === inputs[0] ? "Switch to system preference" : TITLES[target.dataset.mdColorScheme];
    label.htmlFor = target.id;
    label.title = title;
    input.setAttribute("aria-label", title);
  }
}

// Material moves to the next palette in its own order on Enter; follow the button instead.
function onKey(event) {
  if (event.key !== "Enter" || event.target.name !== "__palette") return;
  event.preventDefault();
  event.stopPropagation();
  const target = document.getElementById(event.target.nextElementSibling.htmlFor);
  target.click();
  target.focus();
}

document.querySelector("[data-md-component=palette]")?.addEventListener("keydown", onKey, true);
SYSTEM_IS_DARK.addEventListener("change", retarget);
retarget();
