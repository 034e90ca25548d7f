"""Shared requests for the engine tests, and Hypothesis profiles for each runtime."""

from __future__ import annotations

import copy
import sys

import pytest
from hypothesis import HealthCheck, settings

from .support import FULL, MINIMAL, PANEL

IN_PYODIDE = sys.platform == "emscripten"

# Thousands of examples in CPython; WebAssembly is slower, so fewer inside Pyodide, and no
# example database written to the host's disk.
settings.register_profile(
    "cpython",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "pyodide",
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("pyodide" if IN_PYODIDE else "cpython")


@pytest.fixture
def full_request() -> dict:
    """A request with every field filled in, for one interviewer."""
    return copy.deepcopy(FULL)


@pytest.fixture
def panel_request() -> dict:
    """The full request, for a panel of four with different details."""
    request = copy.deepcopy(FULL)
    request["interviewers"] = copy.deepcopy(PANEL)
    return request


@pytest.fixture
def minimal_request() -> dict:
    """Only the required fields."""
    return copy.deepcopy(MINIMAL)
