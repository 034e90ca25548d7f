"""The command line: python -m builder REQUEST.json, tested through main(argv)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder import compose
from builder.cli import main

from .support import FULL, PANEL, with_

IN_PYODIDE = sys.platform == "emscripten"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def request_file(tmp_path: Path) -> Path:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(with_(FULL, interviewers=PANEL[:2])), encoding="utf-8")
    return path


def test_prints_each_note_then_the_advice(request_file, capsys):
    assert main([str(request_file)]) == 0
    out = capsys.readouterr().out
    response = compose(json.loads(request_file.read_text(encoding="utf-8")))
    for note in response["notes"]:
        assert f"Subject: {note['subject']}" in out
        assert note["body"] in out
    assert out.index("Priya") < out.index("Tom O'Brien") < out.index("Advice")
    for item in response["advice"]:
        assert item["message"] in out


def test_prints_checks_under_their_note(tmp_path, capsys):
    request = with_(FULL, interviewers=[{"name": "Jordan Blake"}])
    path = tmp_path / "r.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "Checks:" in out
    assert "no-detail" in out
    assert out.index("Checks:") < out.index("Advice")


def test_card_has_no_subject_line(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text(json.dumps(with_(FULL, channel="card")), encoding="utf-8")
    assert main([str(path)]) == 0
    assert "Subject:" not in capsys.readouterr().out


def test_json_option_prints_the_response(request_file, capsys):
    assert main([str(request_file), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == compose(json.loads(request_file.read_text(encoding="utf-8")))


def test_reads_standard_input_for_a_dash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(FULL)))
    assert main(["-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == compose(FULL)


def test_text_is_printed_as_typed(tmp_path, capsys):
    request = with_(FULL, interviewers=[{"name": "李雷", "detail": "the café launch in Zürich"}])
    path = tmp_path / "r.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    assert main([str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "李雷" in out
    assert "the café launch in Zürich" in out


def test_a_byte_order_mark_is_accepted(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(FULL).encode())
    assert main([str(path)]) == 0
    assert "Priya" in capsys.readouterr().out


def test_bad_json_exits_2_with_one_line_on_stderr(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text('{"company": "Acme",', encoding="utf-8")
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("request: is not valid JSON")
    assert "line 1" in lines[0]


def test_invalid_request_exits_2_with_a_line_per_error(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text(json.dumps(with_(FULL, company="", tone="loud")), encoding="utf-8")
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "company: is required",
        'tone: must be one of "warm", "formal", "concise"',
    ]


def test_notes_that_could_be_written_are_printed_beside_the_errors(tmp_path, capsys):
    request = with_(FULL)
    request["interviewers"] = [FULL["interviewers"][0], {"name": "Tom Lee", "email": "tom@"}]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    assert "=== Note 1 of 2: to Priya Natarajan" in captured.out
    assert "Tom Lee" not in captured.out
    assert captured.err.splitlines() == [
        "interviewers[1].email: must be an email address such as name@example.com"
    ]


def test_invalid_request_with_json_prints_the_errors_too(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text("[]", encoding="utf-8")
    assert main([str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["ok"] is False
    assert captured.err.startswith("request: ")


def test_missing_file_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere.json")]) == 2
    err = capsys.readouterr().err
    assert re.match(r"request: cannot be read from .*nowhere\.json", err)


def test_file_that_is_not_utf8_exits_2(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_bytes(b'{"company": "\xff"}')
    assert main([str(path)]) == 2
    assert capsys.readouterr().err.startswith("request: cannot be read")


@pytest.mark.parametrize("depth", [201, 200_000])
def test_deeply_nested_json_exits_2(tmp_path, capsys, depth):
    path = tmp_path / "r.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    assert main([str(path)]) == 2
    assert capsys.readouterr().err.startswith("request: nests lists and objects more than 200")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path, capsys):
    request = with_(FULL, interest="[" * 250 + '"{' * 120)
    path = tmp_path / "r.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    assert main([str(path)]) == 0
    capsys.readouterr()


def test_help_explains_the_request_with_an_example_that_works(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    words = ("candidate", "interviewers", "detail", "channel", "linkedin", "tone", "variant")
    for word in (*words, "english", '"us"', "null for the others"):
        assert word in out
    example_text = out[out.index("Example request:"):]
    example = json.loads(example_text[example_text.index("{"):])
    assert compose(example)["ok"] is True


def test_no_arguments_is_a_usage_error(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


@pytest.mark.skipif(IN_PYODIDE, reason="no processes inside Pyodide")
def test_python_dash_m_builder_runs(request_file):
    result = subprocess.run(
        [sys.executable, "-m", "builder", str(request_file), "--json"],
        capture_output=True, text=True, timeout=60, cwd=REPO, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ok"] is True


@pytest.mark.skipif(IN_PYODIDE, reason="no processes inside Pyodide")
def test_python_dash_m_builder_reports_errors_on_stderr():
    result = subprocess.run(
        [sys.executable, "-m", "builder", "-"], input="{}", capture_output=True, text=True,
        timeout=60, cwd=REPO, check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "company: is required" in result.stderr.splitlines()
