"""Personal thank-you notes after a job interview, one per interviewer.

The public API is JSON in, JSON out, so that the browser calls it through one boundary.
"""

from __future__ import annotations

from builder.compose import compose, review

__all__ = ["compose", "review"]
