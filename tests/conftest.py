"""Fixtures shared by the page-honesty tests: the guide's pages, each read once."""

from __future__ import annotations

import pytest

from tests.guide_pages import Page, guide_page_names, read_page


@pytest.fixture(scope="session")
def guide() -> dict[str, Page]:
    """Every page under ``docs/``, by its path relative to ``docs/``."""
    return {name: read_page(name) for name in guide_page_names()}
