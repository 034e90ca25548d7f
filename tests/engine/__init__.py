"""Tests of the note engine; they run in CPython and inside Pyodide."""
