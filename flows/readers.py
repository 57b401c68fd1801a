"""Readers: files in, `Article` or `Reject` records out.

Pure functions over paths and bytes (no Prefect, no warehouse), shared by the ingest flow and the
`extract` command. Every input ends as an Article or as a Reject with a short reason code, so a
bad file never stops a run and never disappears silently.

Formats
- `.txt`: the first non-blank text is `date YYYY-MM-DD`, then a newline or the article on the same
  line. Without that header the date comes from a dateline ("Lima, 20 Aug 88 (EFE) --").
- `.jsonl`: one JSON object a line with `id`, `date`, `text`, optional `title`, `url`, `collection`.
- `.csv`: the same columns with a header row.

Directories are walked recursively in sorted order. Files with other extensions found while walking
a directory are *skipped* (counted, not rejected: a corpus folder may hold a manifest or a README);
a file with another extension named explicitly is rejected as `unsupported`.

Reason codes: empty, binary, undecodable, no_date, bad_date, bad_json, missing_text, unsupported,
unreadable, not_found.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flows.articles import Article, Reject

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".csv")
DEFAULT_COLLECTION = "default"

Record = Article | Reject


# --- dates -------------------------------------------------------------------------------------
# flows.extract.dates (issue 3) owns date parsing; until it is importable these thin fallbacks keep
# the readers working with ISO headers and the commonest datelines.

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATELINE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\b")
_DATELINE_MDY = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


def _fallback_header_date(value: str) -> date:
    m = _ISO_PREFIX.match(value)
    if not m:
        raise ValueError(f"not an ISO date: {value!r}")
    return date(int(m[1]), int(m[2]), int(m[3]))


def _fallback_dateline(text: str) -> date | None:
    head = text[:300]
    cut = head.find("--")
    if cut >= 0:
        head = head[:cut]
    for pattern, order in ((_DATELINE_DMY, "dmy"), (_DATELINE_MDY, "mdy")):
        m = pattern.search(head)
        if not m:
            continue
        day, mon, year = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
        month = _MONTHS.get(mon.lower())
        if not month:
            continue
        y = int(year)
        if y < 100:
            y += 1900 if y >= 50 else 2000
        try:
            return date(y, month, int(day))
        except ValueError:
            continue
    return None


def _date_parsers():
    try:
        from flows.extract import dates
        return dates.parse_header_date, dates.parse_dateline
    except (ModuleNotFoundError, AttributeError):
        return _fallback_header_date, _fallback_dateline


def parse_header_date(value: str) -> date:
    """An ISO date from a header or a `date` field; ValueError when it is not a real date."""
    return _date_parsers()[0](value)


def parse_dateline(text: str) -> date | None:
    """The date of a dateline near the start of an article, or None."""
    return _date_parsers()[1](text)


# --- decoding ----------------------------------------------------------------------------------

class DecodeError(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 / Latin-1.

    Raises DecodeError(reason) with reason `empty`, `binary` (NUL bytes or many control bytes) or
    `undecodable` (8-bit text full of C1 control characters, i.e. not a legacy text encoding).
    """
    if not data.strip():
        raise DecodeError("empty", "no text in file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"invalid UTF-16: {exc.reason}") from None
    sample = data[:8192]
    if b"\x00" in sample:
        raise DecodeError("binary", "contains NUL bytes")
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > 0.05 * len(sample):
        raise DecodeError("binary", f"{controls} control bytes in the first {len(sample)}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if c1 > max(3, 0.01 * len(text)):
        raise DecodeError("undecodable", "neither UTF-8 nor a Western 8-bit encoding")
    return text


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces on lines, no leading/trailing blank space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text: str, published: date, title: str | None) -> str:
    """sha256 of what defines an article's content: normalized text, date and title."""
    h = hashlib.sha256()
    for part in (text, published.isoformat(), title or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


# --- records -----------------------------------------------------------------------------------

def source_label(path: str | os.PathLike) -> str:
    """The id-forming label of a file path: relative to the current directory when the file is below
    it (`examples/a.txt`, however it was written), else absolute; normalized, with forward slashes.
    So `examples/`, `./examples` and `/full/path/examples` name the same articles."""
    absolute = os.path.abspath(os.fspath(path))
    cwd = os.getcwd()
    if absolute == cwd or absolute.startswith(cwd.rstrip(os.sep) + os.sep):
        return Path(os.path.relpath(absolute, cwd)).as_posix()
    return Path(absolute).as_posix()


def make_article(*, source: str, collection: str, published: date, text: str,
                 external_id: str | None = None, title: str | None = None, url: str | None = None,
                 location: str | None = None) -> Article:
    """An Article with its stable id: `collection:external_id` when the record has an id, else the
    source label (plus `:line` for records inside a JSONL/CSV file)."""
    text = normalize_text(text)
    title = normalize_text(title) if title else None
    if external_id:
        article_id = f"{collection}:{external_id}"
    else:
        article_id = f"{source}:{location}" if location else source
    return Article(article_id=article_id, external_id=external_id or None, source=source,
                   collection=collection, published=published, title=title or None,
                   url=url or None, text=text, content_hash=content_hash(text, published, title))


_HEADER = re.compile(r"\A\s*date[ \t]+(\d\S*)[ \t]*(?:\r?\n)?", re.IGNORECASE)


def parse_text_document(raw: str, source: str, collection: str | None = None) -> Record:
    """A .txt article: `date YYYY-MM-DD` header (newline or same line), else a dateline."""
    collection = collection or DEFAULT_COLLECTION
    m = _HEADER.match(raw)
    if m:
        try:
            published = parse_header_date(m[1])
        except ValueError as exc:
            return Reject(source, "bad_date", f"header date {m[1]!r}: {exc}")
        body = raw[m.end():]
    else:
        body = raw
        published = parse_dateline(normalize_text(raw))
        if published is None:
            return Reject(source, "no_date", "no `date YYYY-MM-DD` header and no dateline")
    if not body.strip():
        return Reject(source, "missing_text", "a date header but no article text")
    return make_article(source=source, collection=collection, published=published, text=body)


def _field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def parse_record(record: object, source: str, location: str,
                 collection: str | None = None) -> Record:
    """One JSONL/CSV record: id, date, text, optional title, url, collection."""
    where = f"{source}:{location}"
    if not isinstance(record, dict):
        return Reject(where, "bad_json", f"expected an object, got {type(record).__name__}")
    text = _field(record, "text")
    if not text:
        return Reject(where, "missing_text", "no `text` field")
    raw_date = _field(record, "date")
    if raw_date:
        try:
            published = parse_header_date(raw_date)
        except ValueError as exc:
            return Reject(where, "bad_date", f"date {raw_date!r}: {exc}")
    else:
        published = parse_dateline(normalize_text(text))
        if published is None:
            return Reject(where, "no_date", "no `date` field and no dateline")
    return make_article(source=source, location=location,
                        collection=collection or _field(record, "collection") or DEFAULT_COLLECTION,
                        published=published, text=text, external_id=_field(record, "id"),
                        title=_field(record, "title"), url=_field(record, "url"))


def parse_jsonl(raw: str, source: str, collection: str | None = None) -> Iterator[Record]:
    """One record a line; a broken line becomes a `bad_json` reject and the rest still load."""
    any_line = False
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        any_line = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(f"{source}:{lineno}", "bad_json", exc.msg)
            continue
        yield parse_record(record, source, str(lineno), collection)
    if not any_line:
        yield Reject(source, "empty", "no lines")


def parse_csv(raw: str, source: str, collection: str | None = None) -> Iterator[Record]:
    """A header row, then one record a row; the location is the row's starting line number."""
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        yield Reject(source, "bad_csv", f"header without a `text` column: {reader.fieldnames}")
        return
    line = reader.line_num + 1
    try:
        for row in reader:
            row = {(k or "").strip(): v for k, v in row.items()}
            yield parse_record(row, source, str(line), collection)
            line = reader.line_num + 1
    except csv.Error as exc:
        yield Reject(f"{source}:{line}", "bad_csv", str(exc))


def looks_like_jsonl(raw: str) -> bool:
    return raw.lstrip().startswith("{")


def parse_document(raw: str, source: str, collection: str | None = None,
                   suffix: str = ".txt") -> Iterator[Record]:
    if suffix == ".jsonl":
        yield from parse_jsonl(raw, source, collection)
    elif suffix == ".csv":
        yield from parse_csv(raw, source, collection)
    else:
        yield parse_text_document(raw, source, collection)


def read_file(path: str | os.PathLike, collection: str | None = None) -> Iterator[Record]:
    """Articles and rejects of one file, by its extension."""
    source = source_label(path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Reject(source, "unsupported", f"not one of {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        yield Reject(source, "not_found", "no such file")
        return
    except OSError as exc:
        yield Reject(source, "unreadable", str(exc))
        return
    try:
        raw = decode_bytes(data)
    except DecodeError as exc:
        yield Reject(source, exc.reason, exc.detail)
        return
    yield from parse_document(raw, source, collection, suffix)


def read_stream(raw: str, source: str = "-", collection: str | None = None) -> Iterator[Record]:
    """Text from stdin: JSONL when it starts with `{`, else one article with a date header."""
    suffix = ".jsonl" if looks_like_jsonl(raw) else ".txt"
    if not raw.strip():
        yield Reject(source, "empty", "no input")
        return
    yield from parse_document(raw, source, collection, suffix)


@dataclass
class Discovery:
    """The inputs below some paths: files to read, URLs, and what was skipped or missing."""

    files: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # unsupported files found in directories
    missing: list[str] = field(default_factory=list)    # paths that do not exist


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def discover(paths: Iterable[str | os.PathLike]) -> Discovery:
    """Every readable input below `paths`, in a deterministic order (each directory sorted)."""
    found = Discovery()
    seen: set[str] = set()

    def add(label: str, bucket: list[str]) -> None:
        if label not in seen:
            seen.add(label)
            bucket.append(label)

    for given in paths:
        given = os.fspath(given)
        if is_url(given):
            add(given, found.urls)
            continue
        path = Path(given)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    label = source_label(Path(dirpath) / name)
                    if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                        add(label, found.files)
                    else:
                        add(label, found.skipped)
        elif path.exists():
            add(source_label(path), found.files)
        else:
            found.missing.append(given)
    return found


def read_files(files: Iterable[str], collection: str | None = None) -> Iterator[Record]:
    for path in files:
        yield from read_file(path, collection)


def split_records(records: Iterable[Record]) -> tuple[list[Article], list[Reject]]:
    articles: list[Article] = []
    rejects: list[Reject] = []
    for record in records:
        (articles if isinstance(record, Article) else rejects).append(record)
    return articles, rejects
