"""Articles from the web: RSS/Atom feeds (feedparser) and article pages (trafilatura).

`read_web_sources` is what the ingest flow calls for every SOURCE that is an http(s) URL. A URL
may be a feed, whose entries' links are fetched as article pages, or an article page itself.

Fetching is polite and bounded: one request at a time, a timeout, a size cap, a few retries with
exponential backoff on transient failures (timeouts, connection errors, 429 and 5xx), and a cache
in the warehouse table `web_cache` so that a feed polled every few minutes fetches nothing that
has not changed (conditional requests with ETag / Last-Modified, a body hash, and feed entries
already seen are not fetched again). Every failure becomes a `Reject` with a reason
(`fetch_timeout`, `fetch_error`, `http_404`, `not_html`, `too_large`, `no_text`, `no_date`,
`bad_feed`, ...), never an exception that fails the run.
"""
from __future__ import annotations

import calendar
import hashlib
import logging
import os
import time
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from flows.articles import Article, Reject

log = logging.getLogger(__name__)

USER_AGENT = "casualty-etl/0.1 (scheduled news ingestion; polite: one request at a time)"
FEED_TYPES = ("rss", "atom", "xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Responses worth asking again after a pause; anything else 4xx is final.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# Reasons that will not change by asking again soon: a feed entry that failed with one of them is
# not fetched again until the entry itself changes. Transient failures (timeouts, connection
# errors, 408, 429, 5xx) are retried on the next poll.
FINAL_REASONS = frozenset({"not_html", "too_large", "no_text", "no_date", "bad_html"})


def is_final(reason: str) -> bool:
    if reason in FINAL_REASONS:
        return True
    return reason.startswith("http_4") and reason not in ("http_408", "http_425", "http_429")


@dataclass(frozen=True)
class FetchSettings:
    """Bounds on fetching. Defaults can be changed with CASUALTIES_WEB_TIMEOUT (seconds),
    CASUALTIES_WEB_MAX_BYTES and CASUALTIES_WEB_RETRIES."""
    timeout: float = 20.0            # seconds to connect, and between bytes received
    total_timeout: float = 60.0      # seconds for a whole response (a server trickling bytes)
    max_bytes: int = 5_000_000       # a page or feed larger than this is rejected (too_large)
    retries: int = 2                 # extra attempts after a transient failure
    backoff: float = 2.0             # first pause between attempts, doubled each time
    max_backoff: float = 30.0        # a server's Retry-After is honoured up to this
    user_agent: str = USER_AGENT

    @classmethod
    def from_env(cls) -> FetchSettings:
        settings = cls()
        for name, attr, kind in (("CASUALTIES_WEB_TIMEOUT", "timeout", float),
                                 ("CASUALTIES_WEB_MAX_BYTES", "max_bytes", int),
                                 ("CASUALTIES_WEB_RETRIES", "retries", int)):
            value = os.environ.get(name)
            if value:
                try:
                    settings = replace(settings, **{attr: kind(value)})
                except ValueError:
                    log.warning("ignoring %s=%r: not a number", name, value)
        return settings


@dataclass
class Response:
    """The outcome of one fetch: a body, 'not modified', or a reject reason."""
    url: str
    status: int = 0
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    reason: str | None = None        # reject reason when the fetch failed
    detail: str = ""
    retry_after: str | None = None   # the server's Retry-After header on 429 / 503

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass
class CacheEntry:
    url: str
    kind: str
    status: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    content_hash: str | None = None
    entry_version: str | None = None
    feed_url: str | None = None
    fetched_at: datetime | None = None
    checked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc).replace(tzinfo=None))
    loaded: bool = False             # the articles table holds this page's content_hash

    @property
    def settled(self) -> bool:
        """Nothing more to do for this page until it or its feed entry changes."""
        return (self.status == "ok" and self.loaded) or is_final(self.status)


@dataclass
class WebStats:
    """What one call did, for logs and the run artifact."""
    requests: int = 0
    not_modified: int = 0
    unchanged: int = 0
    skipped_seen: int = 0
    articles: int = 0
    rejects: int = 0


def is_web_source(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


# --------------------------------------------------------------------------- HTTP


def fetch(client: Any, url: str, settings: FetchSettings,
          cached: CacheEntry | None = None, sleep=time.sleep) -> Response:
    """GET url with the cached validators, within the settings' bounds; retries transient failures
    with exponential backoff. Never raises for network or HTTP trouble: see Response.reason."""
    import httpx

    headers = {}
    if cached is not None:
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
    delay = settings.backoff
    response = Response(url)
    for attempt in range(settings.retries + 1):
        retry_after: float | None = None
        try:
            response = _get_once(client, url, headers, settings)
        except httpx.TimeoutException as exc:
            response = Response(url, reason="fetch_timeout",
                                detail=f"no answer within {settings.timeout:g} s ({type(exc).__name__})")
        except httpx.HTTPError as exc:
            response = Response(url, reason="fetch_error", detail=f"{type(exc).__name__}: {exc}"[:300])
        except httpx.InvalidURL as exc:
            return Response(url, reason="bad_url", detail=str(exc)[:300])
        if response.status in RETRY_STATUSES:
            retry_after = _retry_after_seconds(response)
        elif response.reason not in ("fetch_timeout", "fetch_error"):
            return response
        if attempt < settings.retries:
            pause = min(settings.max_backoff, retry_after if retry_after is not None else delay)
            log.info("retrying %s in %.1f s after %s", url, pause, response.reason or response.status)
            sleep(pause)
            delay *= 2
    return response


def _get_once(client: Any, url: str, headers: dict[str, str], settings: FetchSettings) -> Response:
    with client.stream("GET", url, headers=headers) as http:
        result = Response(url, status=http.status_code,
                          content_type=http.headers.get("content-type", "").lower(),
                          etag=http.headers.get("etag"),
                          last_modified=http.headers.get("last-modified"))
        if http.status_code == 304:
            return result
        if http.status_code >= 400:
            result.reason, result.detail = f"http_{http.status_code}", http.reason_phrase or ""
            result.retry_after = http.headers.get("retry-after")
            return result
        declared = http.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_bytes:
            result.reason = "too_large"
            result.detail = f"{declared} bytes declared, limit {settings.max_bytes}"
            return result
        chunks, size = [], 0
        deadline = time.monotonic() + settings.total_timeout
        for chunk in http.iter_bytes():
            size += len(chunk)
            if size > settings.max_bytes:
                result.reason = "too_large"
                result.detail = f"more than {settings.max_bytes} bytes"
                return result
            if time.monotonic() > deadline:
                result.reason = "fetch_timeout"
                result.detail = f"response not complete within {settings.total_timeout:g} s"
                return result
            chunks.append(chunk)
        result.body = b"".join(chunks)
        return result


def _retry_after_seconds(response: Response) -> float | None:
    value = (response.retry_after or "").strip()
    if value.isdigit():
        return float(value)
    return None


def _client(settings: FetchSettings):
    import httpx

    return httpx.Client(timeout=httpx.Timeout(settings.timeout), follow_redirects=True,
                        headers={"User-Agent": settings.user_agent,
                                 "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                                           "application/atom+xml, application/xml;q=0.9, */*;q=0.5"})


# --------------------------------------------------------------------------- parsing


def looks_like_feed(response: Response) -> bool:
    if any(kind in response.content_type for kind in FEED_TYPES) and "html" not in response.content_type:
        return True
    head = response.body[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and b"<html" not in head


def looks_like_html(response: Response) -> bool:
    if any(kind in response.content_type for kind in HTML_TYPES):
        return True
    if response.content_type and not response.content_type.startswith(("text/plain", "application/octet-stream")):
        return False
    head = response.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


@dataclass(frozen=True)
class FeedEntry:
    link: str
    entry_id: str | None
    title: str | None
    published: date | None
    version: str                     # changes when the publisher updates the entry


def parse_feed(response: Response) -> tuple[list[FeedEntry], list[Reject]]:
    """Entries of an RSS/Atom feed, with their links resolved against the feed's URL."""
    import feedparser

    parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
    if parsed.bozo and not parsed.entries:
        return [], [Reject(response.url, "bad_feed", f"not a readable feed: {parsed.get('bozo_exception')}"[:300])]
    entries, rejects = [], []
    for position, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            rejects.append(Reject(response.url, "no_link", f"feed entry {position} has no link"))
            continue
        link = urljoin(response.url, link.strip())
        if not is_web_source(link):
            rejects.append(Reject(response.url, "bad_url", f"feed entry {position} links to {link!r}"))
            continue
        # dict.get: FeedParserDict.get maps a missing `updated` onto `published` with a warning
        stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        published = (datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc).date()
                     if stamp else None)
        version = dict.get(entry, "updated") or dict.get(entry, "published") or ""
        entries.append(FeedEntry(link, entry.get("id"), entry.get("title"), published, version))
    return entries, rejects


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: date | None


def parse_page(html: bytes, url: str) -> Page | None:
    """Main text, title and publication date of an article page; None when it has no main text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        # the original publication date, from the page's own markup only (no guessing from
        # copyright lines or today's date)
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if document is None or not (document.text or "").strip():
        return None
    title = (document.title or "").strip() or None
    text = document.text.strip()
    # The page's headline usually opens the main text; the title is kept apart (as for JSONL and
    # CSV records), so that a headline figure is not read twice.
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        text = rest.strip()
    return Page(text=text, title=title, published=_iso_date(document.date))


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _dateline_date(text: str) -> date | None:
    """A date from the article's own dateline ("KYIV, March 3 (Reuters) -"), when the page and the
    feed have none."""
    from flows.readers import parse_dateline

    try:
        return parse_dateline(text)
    except Exception:  # a parser failure must not fail the run; the article is rejected instead
        log.exception("dateline parser failed")
        return None


def make_article(url: str, page: Page, collection: str, published: date,
                 external_id: str | None = None, title: str | None = None) -> Article:
    """The same Article the file readers make (normalized text, stable id `collection:id`, content
    hash over text, date and title); a page's id is its feed entry id, else its URL."""
    from flows.readers import make_article as make

    return make(source=url, collection=collection, published=published, text=page.text,
                external_id=external_id or url, title=page.title or title, url=url)


# --------------------------------------------------------------------------- cache


def load_cache(warehouse: Path) -> dict[str, CacheEntry]:
    from flows.warehouse import connect

    with closing(connect(warehouse)) as con:
        rows = con.execute("""
            SELECT c.url, c.kind, c.status, c.etag, c.last_modified, c.body_hash, c.content_hash,
                   c.entry_version, c.feed_url, c.fetched_at, c.checked_at,
                   EXISTS (SELECT 1 FROM articles a
                           WHERE a.url = c.url AND a.content_hash = c.content_hash) AS loaded
            FROM web_cache c""").fetchall()
    return {row[0]: CacheEntry(*row) for row in rows}


def save_cache(warehouse: Path, entries: list[CacheEntry]) -> None:
    """Upsert the given entries in one short transaction (loaded from a DataFrame, not row by row)."""
    if not entries:
        return
    import pandas as pd

    from flows.warehouse import write_transaction

    columns = ["url", "kind", "status", "etag", "last_modified", "body_hash", "content_hash",
               "entry_version", "feed_url", "fetched_at", "checked_at"]
    frame = pd.DataFrame([[getattr(e, c) for c in columns] for e in entries], columns=columns)
    frame = frame.drop_duplicates("url", keep="last")
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"])
    frame["checked_at"] = pd.to_datetime(frame["checked_at"])
    with write_transaction(warehouse) as con:
        con.register("web_cache_updates", frame)
        con.execute(f"INSERT OR REPLACE INTO web_cache ({', '.join(columns)}) "
                    f"SELECT {', '.join(columns)} FROM web_cache_updates")


# --------------------------------------------------------------------------- the batch


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class _Poller:
    """One pass over a list of web sources, sharing one HTTP client and one cache snapshot."""

    def __init__(self, client, settings: FetchSettings, cache: dict[str, CacheEntry],
                 collection: str, sleep=time.sleep):
        self.client, self.settings, self.cache = client, settings, cache
        self.collection, self.sleep = collection, sleep
        self.articles: list[Article] = []
        self.rejects: list[Reject] = []
        self.updates: list[CacheEntry] = []
        self.stats = WebStats()
        self.pages_done: set[str] = set()     # a page linked from two feeds is read once per poll
        # Feeds with an entry still to do (its page failed for now, or was read but its article
        # never reached the warehouse): read in full, not answered by a 304 or the body hash.
        self.unsettled_feeds = {e.feed_url for e in cache.values()
                                if e.kind == "page" and e.feed_url and not e.settled}

    def _usable(self, url: str) -> CacheEntry | None:
        """The cache entry for url if its validators can be trusted: the last fetch succeeded, and
        for a page its article is in the warehouse, for a feed every entry is done."""
        entry = self.cache.get(url)
        if entry is None or entry.status != "ok":
            return None
        if entry.kind == "page" and not entry.loaded:
            return None
        if entry.kind == "feed" and url in self.unsettled_feeds:
            return None
        return entry

    def _fetch(self, url: str, cached: CacheEntry | None) -> Response:
        self.stats.requests += 1
        return fetch(self.client, url, self.settings, cached, sleep=self.sleep)

    def _reject(self, source: str, reason: str, detail: str) -> None:
        self.rejects.append(Reject(source, reason, detail))
        self.stats.rejects += 1

    def poll_source(self, url: str) -> None:
        cached = self._usable(url)
        response = self._fetch(url, cached)
        if response.not_modified and cached is not None:
            self.stats.not_modified += 1
            self.updates.append(replace(cached, checked_at=_now()))
            return
        if response.reason:
            # the source the user asked for: reported on every poll until it works again
            self._reject(url, response.reason, response.detail)
            return
        if cached is not None and cached.body_hash == response.body_hash:
            self.stats.unchanged += 1
            self.updates.append(replace(cached, checked_at=_now(), etag=response.etag,
                                        last_modified=response.last_modified))
            return
        if looks_like_feed(response):
            self._poll_feed(response)
        elif looks_like_html(response):
            self._page(response, None)
        else:
            self._reject(url, "not_html", f"content type {response.content_type or 'unknown'}")

    def _poll_feed(self, response: Response) -> None:
        entries, rejects = parse_feed(response)
        for reject in rejects:
            self._reject(reject.source, reject.reason, reject.detail)
        now = _now()
        if rejects and not entries:
            return
        for entry in entries:
            if entry.link in self.pages_done:
                continue
            self.pages_done.add(entry.link)
            seen = self.cache.get(entry.link)
            if seen is not None and seen.entry_version == entry.version and seen.settled:
                self.stats.skipped_seen += 1
                continue
            try:
                page = self._fetch(entry.link, self._usable(entry.link))
                if page.not_modified and seen is not None:
                    self.stats.not_modified += 1
                    self.updates.append(replace(seen, checked_at=_now(), entry_version=entry.version,
                                                feed_url=response.url))
                    continue
                self._page(page, entry, feed_url=response.url)
            except Exception as exc:  # one broken entry must not cost the rest of the feed
                log.exception("feed entry %s failed", entry.link)
                self._reject(entry.link, "fetch_error", f"{type(exc).__name__}: {exc}"[:300])
        self.updates.append(CacheEntry(response.url, "feed", "ok", response.etag, response.last_modified,
                                       response.body_hash, fetched_at=now, checked_at=now))

    def _page(self, response: Response, entry: FeedEntry | None, feed_url: str | None = None) -> None:
        now = _now()
        version = entry.version if entry else None
        self.pages_done.add(response.url)

        def failed(reason: str, detail: str) -> None:
            self._reject(response.url, reason, detail)
            # Remembered so that a final failure is not asked again for the same feed entry, and
            # a transient one keeps its feed unsettled until it succeeds.
            self.updates.append(CacheEntry(response.url, "page", reason, response.etag,
                                           response.last_modified,
                                           response.body_hash if response.body else None,
                                           None, version, feed_url, now, now))

        if response.reason:
            return failed(response.reason, response.detail)
        if not looks_like_html(response):
            return failed("not_html", f"content type {response.content_type or 'unknown'}")
        try:
            page = parse_page(response.body, response.url)
        except Exception as exc:  # a page trafilatura cannot parse is a reject, not a failed run
            return failed("bad_html", f"{type(exc).__name__}: {exc}"[:300])
        if page is None:
            return failed("no_text", "no article text found on the page")
        published = page.published or (entry.published if entry else None) or _dateline_date(page.text)
        if published is None:
            return failed("no_date", "no publication date on the page, in the feed entry or in a dateline")
        article = make_article(response.url, page, self.collection, published,
                               external_id=entry.entry_id if entry else None,
                               title=entry.title if entry else None)
        self.articles.append(article)
        self.stats.articles += 1
        self.updates.append(CacheEntry(response.url, "page", "ok", response.etag, response.last_modified,
                                       response.body_hash, article.content_hash, version, feed_url,
                                       now, now))


def poll_web_sources(urls: list[str], collection: str | None, warehouse: Path,
                     settings: FetchSettings | None = None,
                     sleep=time.sleep) -> tuple[list[Article], list[Reject], WebStats]:
    """Fetch what is new or changed behind the given feed and page URLs. Returns the articles,
    the rejects and counts of what was done; records what it saw in web_cache."""
    settings = settings or FetchSettings.from_env()
    warehouse = Path(warehouse)
    cache = load_cache(warehouse)
    with _client(settings) as client:
        poller = _Poller(client, settings, cache, collection or "default", sleep=sleep)
        for url in dict.fromkeys(urls):  # each source once, in the order given
            if not is_web_source(url) or not urlsplit(url).netloc:
                poller._reject(url, "bad_url", "not an http(s) URL")
                continue
            try:
                poller.poll_source(url)
            except Exception as exc:  # one broken source must not cost the others
                log.exception("web source %s failed", url)
                poller._reject(url, "fetch_error", f"{type(exc).__name__}: {exc}"[:300])
    save_cache(warehouse, poller.updates)
    return poller.articles, poller.rejects, poller.stats


def _fetch_web_articles(urls: list[str], collection: str | None, warehouse: str
                        ) -> tuple[list[Article], list[Reject]]:
    articles, rejects, stats = poll_web_sources(urls, collection, Path(warehouse))
    _publish_artifact(urls, stats)
    return articles, rejects


def _publish_artifact(urls: list[str], stats: WebStats) -> None:
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(
            key="web-fetch",
            description="What the scheduled poll fetched from the web",
            markdown=(f"**Web sources polled:** {len(urls)}\n\n"
                      "| requests | not modified | unchanged | already seen | articles | rejects |\n"
                      "|---|---|---|---|---|---|\n"
                      f"| {stats.requests} | {stats.not_modified} | {stats.unchanged} | "
                      f"{stats.skipped_seen} | {stats.articles} | {stats.rejects} |\n"))
    except Exception:  # an artifact is a nicety; never fail the fetch for it
        log.debug("could not create the web-fetch artifact", exc_info=True)


_task = None


def fetch_web_articles_task():
    """The batch-level Prefect task `fetch_web_articles` (created on first use so that importing
    this module stays cheap). Per-URL retries with backoff happen inside; the task's own retries
    cover the whole batch failing, e.g. the warehouse being briefly locked by another writer."""
    global _task
    if _task is None:
        from prefect import task
        from prefect.cache_policies import NO_CACHE

        _task = task(_fetch_web_articles, name="fetch_web_articles", retries=2,
                     retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
    return _task


def read_web_sources(urls: list[str], collection: str | None, warehouse: Path
                     ) -> tuple[list[Article], list[Reject]]:
    """Articles and rejects for the given http(s) sources (feeds or article pages), fetching only
    what is new or changed since the last poll. Inside a Prefect flow run this runs as the task
    `fetch_web_articles`; elsewhere it is a plain call."""
    if not urls:
        return [], []
    from prefect.context import FlowRunContext, TaskRunContext

    if FlowRunContext.get() is not None or TaskRunContext.get() is not None:
        return fetch_web_articles_task()(list(urls), collection, str(warehouse))
    articles, rejects, _ = poll_web_sources(list(urls), collection, Path(warehouse))
    return articles, rejects
