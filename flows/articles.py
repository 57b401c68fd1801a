"""Records that flow between reading, extraction and loading."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str           # stable for a source: collection + external id, else path (+ line)
    external_id: str | None
    source: str               # file path (or URL) it came from
    collection: str
    published: date
    title: str | None
    url: str | None
    text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Reject:
    source: str
    reason: str               # short code: empty, binary, no_date, bad_date, bad_json, undecodable, ...
    detail: str
