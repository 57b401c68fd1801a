"""Placeholder until the rule-based extractor lands (issue 3)."""
from __future__ import annotations

from datetime import date

from flows.extract.model import Figure


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    return []
