"""The form shows each occasion the fields the engine uses for it, and offers every occasion.

The form is read from docs/builder.md: a part marked ``data-kinds`` is shown only for the
occasions it lists, so the fields inside it are the ones those occasions send.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from builder.occasions import KINDS, OCCASIONS
from tests.guide_pages import DOCS

VOID = {"input", "br", "img", "hr", "meta", "link"}


class _Form(HTMLParser):
    """Each control's name, with the occasions it is shown for; and the kinds offered."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: dict[str, set[str]] = {}
        self.kinds: list[str] = []
        self._stack: list[set[str]] = [set(KINDS)]
        self._in_kind = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        kinds = self._stack[-1]
        if "data-kinds" in found:
            kinds = kinds & set(found["data-kinds"].split())
        if "name" in found:
            self.shown[found["name"]] = kinds
            self._in_kind = found["name"] == "kind"
        if tag == "option" and self._in_kind:
            self.kinds.append(found["value"])
        if tag not in VOID:
            self._stack.append(kinds)

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._in_kind = False
        if tag not in VOID:
            self._stack.pop()


def read_form() -> _Form:
    text = (DOCS / "builder.md").read_text(encoding="utf-8")
    form = _Form()
    form.feed(text[text.index("<form") : text.index("</form>") + len("</form>")])
    return form


def used_by(field: str) -> set[str]:
    return {kind for kind, occasion in OCCASIONS.items() if field in occasion.uses}


EXPECTED = {
    "highlights.0": used_by("highlights"),
    "interest": used_by("interest"),
    "promised": used_by("promised"),
    "interview.round": used_by("round"),
    "interviewers.0.met_before": used_by("met_before"),
    "start_date": used_by("start_date"),
    "reason": used_by("reason"),
    "role": {kind for kind, occasion in OCCASIONS.items() if occasion.role_required},
    "channel": {kind for kind, occasion in OCCASIONS.items() if len(occasion.channels) > 1},
}


def test_the_form_offers_every_occasion() -> None:
    assert sorted(read_form().kinds) == sorted(KINDS)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_field_is_shown_for_the_occasions_that_use_it(name: str) -> None:
    assert read_form().shown[name] == EXPECTED[name]


def test_every_other_field_is_shown_for_every_occasion() -> None:
    shown = read_form().shown
    others = {
        name for name in shown
        if name not in EXPECTED and not name.startswith(("highlights.", "linkedin"))
    }
    assert {"candidate.name", "company", "interviewers.0.detail", "tone"} <= others
    assert [name for name in others if shown[name] != set(KINDS)] == []
