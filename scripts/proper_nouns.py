"""Write ``builder/proper_nouns.py``: names people type in lower case ("fresno", "walmart").

    python scripts/proper_nouns.py [/usr/share/dict/american-english]

Reads a word list (Debian's ``wamerican``) and keeps each word that appears only with a
capital: a place, a person, a brand, a nationality. A word that is also an ordinary word
("normal", "mark", "target") is left out, and so is any of two letters, whose meaning
the engine cannot tell ("ed", "st").
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

MIN_LENGTH = 3
TARGET = Path(__file__).resolve().parent.parent / "builder" / "proper_nouns.py"
HEADER = '''"""Words written only with a capital, from Debian's American English word list.

Written by ``scripts/proper_nouns.py``; do not edit by hand.
"""

from __future__ import annotations

WORDS = """
'''
FOOTER = '''"""
'''


def proper_nouns(lines: list[str]) -> list[str]:
    """The words of ``lines`` written only with a capital, one form each."""
    words = {line.strip() for line in lines if line.strip().isalpha()}
    lower = {w for w in words if w.islower()}
    forms: dict[str, set[str]] = {}
    for word in words:
        if not word.islower():
            forms.setdefault(word.casefold(), set()).add(word)
    return sorted(
        next(iter(shown)) for key, shown in forms.items()
        if key not in lower and len(shown) == 1 and len(key) >= MIN_LENGTH
    )


def main() -> None:
    """Read the word list named on the command line, or Debian's, and write the module."""
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english")
    words = proper_nouns(source.read_text(encoding="utf-8").splitlines())
    body = textwrap.fill(" ".join(words), width=96, break_on_hyphens=False)
    TARGET.write_text(HEADER + body + "\n" + FOOTER, encoding="utf-8")
    print(f"{len(words)} words written to {TARGET}")


if __name__ == "__main__":
    main()
