"""The list of words written only with a capital, and the script that writes it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from builder import proper_nouns

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "proper_nouns.py"


def _script():
    spec = importlib.util.spec_from_file_location("proper_nouns_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_words_never_written_in_lower_case_are_kept():
    lines = ["Fresno", "fresno's", "Normal", "normal", "Ed", "Mark", "mark", "NASA", "Nasa",
             "Krakow", "Krakow's", "ICU"]
    assert _script().proper_nouns(lines) == ["Fresno", "ICU", "Krakow"]


def test_the_committed_list_holds_places_and_brands_but_no_ordinary_words():
    words = set(proper_nouns.WORDS.split())
    assert {"Fresno", "Walmart", "Brazilian", "Krakow"} <= words
    assert not {"Normal", "Target", "Mark", "Will", "May"} & words
    assert all(len(word) >= 3 for word in words)
