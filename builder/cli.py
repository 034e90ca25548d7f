"""Command line: write the notes for a JSON request file and print them."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, TextIO

from builder.compose import compose

EXAMPLE = {
    "candidate": {"name": "Alex Rivera", "email": "alex@example.com"},
    "company": "Northwind Labs",
    "role": "Data Engineer",
    "interview": {"date": "2026-03-10", "format": "video"},
    "interviewers": [
        {"name": "Priya Natarajan", "detail": "We talked about moving batch jobs to streaming."},
        {"name": "Tom O'Brien", "detail": "He asked about my experience with dbt tests."},
    ],
    "highlights": ["I led the move from cron scripts to Airflow"],
    "interest": "the chance to build a data platform from the ground up",
    "promised": "the slides from my pipeline talk",
    "kind": "thank-you",
    "channel": "email",
    "tone": "warm",
    "english": "us",
}

FORMAT = """\
The request is a JSON object:
  candidate      {"name": required, "email", "phone"}: you, for the signature
  company, role  required, up to 120 characters each (the role is optional after an
                 informational interview)
  interview      {"date": "YYYY-MM-DD", "format": "in-person" | "phone" | "video",
                 "round": "second" (default) | "third" | "final", for kind "later-round"}
  interviewers   1 to 12 of {"name": required, "title", "email", "detail", "variant",
                 "met_before"}: the people the notes go to; the detail (up to 500
                 characters) is what you talked about with that person, or what they did;
                 their variant, a whole number, gives their note another wording;
                 met_before (true or false) says you met them in an earlier round
  highlights     up to 3 points about what you would bring, 300 characters each
  interest       why you want the job (500); promised: what you said you would send (300);
                 say what a link is: "my case study: https://..."
  kind           the occasion, and the fields besides the people and the company it uses:
                   "thank-you" (default)  after an interview: highlights, interest, promised
                   "follow-up"            no reply yet: highlights, interest, promised
                   "after-rejection"      after a no: nothing more
                   "later-round"          after a second or final round: as "thank-you",
                                          with interview.round and met_before
                   "informational"        after an informational interview: promised
                   "recruiter"            to an in-house recruiter: as "thank-you"
                   "agency"               to an agency consultant: as "thank-you"
                   "coordinator"          to whoever arranged the interview: nothing more
                   "accept-offer"         accepting an offer: start_date
                   "decline-offer"        declining an offer: reason
                   "withdraw"             withdrawing an application: reason
                 Fields a kind does not use are ignored. "recruiter", "agency",
                 "coordinator" and the last three write to 1 to 3 people, "informational"
                 to 1 to 4; the last three are sent by email only.
  start_date     "YYYY-MM-DD": the start date you agreed, for "accept-offer"
  reason         why you decline or withdraw: "none" (default: no reason given),
                 "another-offer", "current-job" or "not-a-fit"
  channel        "email" (default), "card" or "linkedin"
  linkedin       with channel "linkedin": "invitation" (default; a connection request
                 from a free account, at most 200 characters), "premium-invitation"
                 (300 characters) or "message" (to a connection; no limit)
  tone           "warm" (default), "formal" or "concise"
  english        "uk" (default: British spelling, "Tuesday 3 March") or "us" (American
                 spelling, "Tuesday, March 3")
  variant        a whole number: another number gives every note another wording
  today          "YYYY-MM-DD", for advice on when to send

The response: {"ok": true, "notes": [...], "advice": [...]} when every field is valid.
Otherwise "ok" is false, "errors" lists each problem with its field (such as
"interviewers[2].email"), and "notes" still holds the note of each interviewer whose
own fields are valid (null for the others) when the fields every note needs are valid.

Example request:
"""

INVALID = 2
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
MAX_DEPTH = 200  # no request nests deeper than 3; deep nesting can exhaust a WebAssembly stack


def _parser() -> argparse.ArgumentParser:
    launched_as_module = sys.argv[0].endswith("__main__.py")
    parser = argparse.ArgumentParser(
        prog="python -m builder" if launched_as_module else None,
        description="Write a personal thank-you note for each person who interviewed you.",
        epilog=FORMAT + json.dumps(EXAMPLE, indent=2, ensure_ascii=False),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("request", help="the request as a JSON file, or - to read standard input")
    parser.add_argument("--json", action="store_true", help="print the response as JSON")
    return parser


def _read(path: str) -> str:
    """Return the request text from a file, or from standard input for "-"."""
    if path == "-":
        stream = sys.stdin
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    else:
        with open(path, "rb") as handle:  # noqa: PTH123 - plain file read
            raw = handle.read()
    return raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw


def _load(path: str) -> dict[str, Any]:
    """Read and answer a request; failures come back as an ok:false response."""
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return _failure(f"cannot be read from {path}: {reason}")
    if _depth(text) > MAX_DEPTH:
        return _failure(f"nests lists and objects more than {MAX_DEPTH} deep")
    try:
        request = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        return _failure(f"is not valid JSON ({error.msg} at {where})")
    except RecursionError:
        return _failure(f"nests lists and objects more than {MAX_DEPTH} deep")
    return compose(request)


def _depth(text: str) -> int:
    """Return how deeply the JSON text nests its lists and objects, without parsing it."""
    deepest = depth = 0
    for part in _STRUCTURE.findall(text):
        if part in {"[", "{"}:
            depth += 1
            deepest = max(deepest, depth)
        elif part in {"]", "}"}:
            depth -= 1
    return deepest


def _failure(message: str) -> dict[str, Any]:
    error = {"field": "request", "message": message}
    return {"ok": False, "errors": [error], "notes": [], "advice": []}


def _write_text(response: dict[str, Any], out: TextIO) -> None:
    """Print the notes as a person reads them: subject, body, checks, then advice."""
    notes = response["notes"]
    for number, note in enumerate(notes, start=1):
        if note is None:
            continue
        to = note["to"] + (f" <{note['email']}>" if note["email"] else "")
        out.write(f"=== Note {number} of {len(notes)}: to {to} ===\n")
        if note["subject"] is not None:
            out.write(f"Subject: {note['subject']}\n")
        out.write(f"\n{note['body']}\n\n")
        out.write(f"({note['words']} words, {note['characters']} characters)\n")
        if note["checks"]:
            out.write("Checks:\n")
            for check in note["checks"]:
                out.write(f"  - {check['level']}: {check['message']} [{check['code']}]\n")
        out.write("\n")
    if response["advice"]:
        out.write("=== Advice ===\n")
        for advice in response["advice"]:
            out.write(f"  - {advice['message']}\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0, or 2 for an invalid request).

    With errors, the notes that could be written are printed all the same.
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else INVALID
    response = _load(args.request)
    if args.json:
        json.dump(response, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if not args.json:
        _write_text(response, sys.stdout)
    if not response["ok"]:
        for error in response["errors"]:
            sys.stderr.write(f"{error['field']}: {error['message']}\n")
        return INVALID
    return 0
