"""Feeds and article pages from the web (issue 5), served by a local HTTP server on 127.0.0.1 from
files in tests/fixtures/web: entries ingested with the right dates, a second poll fetches nothing
new, and pages that time out, return 404, are not HTML or are too large become rejects."""
from __future__ import annotations

import os
import shutil
import threading
import time
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import query as rows
from flows.web import FetchSettings, poll_web_sources

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
SLOW_SECONDS = 3.0


class Site:
    """A small news site on a free loopback port: the fixture files (with {{BASE}} replaced by the
    site's address), plus /slow/... (answers after SLOW_SECONDS) and /flaky/... (503 on the first
    request, then the page). Records every request path."""

    def __init__(self, root: Path):
        self.root = root
        self.requests: list[str] = []
        self._flaky_seen: set[str] = set()
        site = self

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(site.root), **kwargs)

            def do_GET(self):
                site.requests.append(self.path)
                try:
                    if self.path.startswith("/slow/"):
                        time.sleep(SLOW_SECONDS)
                        self.path = self.path[len("/slow"):]
                    elif self.path.startswith("/flaky/") and self.path not in site._flaky_seen:
                        site._flaky_seen.add(self.path)
                        self.send_response(503)
                        self.send_header("Retry-After", "0")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    elif self.path.startswith("/flaky/"):
                        self.path = self.path[len("/flaky"):]
                    super().do_GET()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test): nothing to answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def write(self, name: str, text: str) -> None:
        """Write a site file; its modification time moves forward so Last-Modified changes even
        within the same second."""
        path = self.root / name
        stamp = max(time.time(), path.stat().st_mtime if path.exists() else 0) + 2
        path.write_text(text.replace("{{BASE}}", self.base), encoding="utf-8")
        os.utime(path, (stamp, stamp))


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(FIXTURES, root)
    site = Site(root)
    for path in root.rglob("*.xml"):
        path.write_text(path.read_text(encoding="utf-8").replace("{{BASE}}", site.base), encoding="utf-8")
    site.thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        site.server.server_close()




QUICK = FetchSettings(timeout=0.5, retries=1, backoff=0.01)


def test_feed_entries_are_ingested_with_their_dates_and_a_second_poll_fetches_nothing_new(
        site, tmp_path, prefect_harness):
    from flows.ingest import ingest

    warehouse = tmp_path / "w.duckdb"
    feed, page = site.url("feed.xml"), site.url("articles/ferry-capsizes.html")

    first = ingest([feed, page], collection="courier", warehouse=str(warehouse))
    assert first.new == 3
    assert rows(warehouse, "SELECT article_id, published, title, url FROM articles ORDER BY published") == [
        # the page's own date wins over the entry's (2024-03-06)
        ("courier:courier-2024-0305-bridge", date(2024, 3, 5), "Bridge collapse in Harlow Vale kills two",
         site.url("articles/bridge-collapse.html")),
        # the page has no date: the feed entry's
        ("courier:courier-2024-0312-market", date(2024, 3, 12), "Market fire injures eleven traders",
         site.url("articles/market-fire.html")),
        # a page given directly, dated by its markup
        (f"courier:{page}", date(2024, 3, 20), "Ferry capsizes on Lake Morrow", page),
    ]
    text = rows(warehouse, "SELECT text FROM articles WHERE article_id LIKE '%bridge'")[0][0]
    assert text.startswith("HARLOW VALE -- Two people were killed")   # headline kept apart
    assert "Copyright" not in text and "Home" not in text                 # page furniture dropped
    assert rows(warehouse, "SELECT source, reason FROM rejects") == [
        (site.url("articles/withdrawn-story.html"), "http_404")]

    site.requests.clear()
    second = ingest([feed, page], collection="courier", warehouse=str(warehouse))
    # conditional requests: the feed and the page answer 304, no entry page is asked for again
    assert sorted(site.requests) == ["/articles/ferry-capsizes.html", "/feed.xml"]
    assert (second.new, second.changed) == (0, 0)
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(3,)]
    assert rows(warehouse, "SELECT count(*) FROM rejects") == [(1,)]   # the 404 is not asked again

    # A new entry: only its page is fetched, not the entries already seen.
    feed_text = (site.root / "feed.xml").read_text(encoding="utf-8")
    item = (FIXTURES / "feed-item-quarry.xml").read_text(encoding="utf-8")
    site.write("feed.xml", feed_text.replace("  </channel>", item + "  </channel>"))
    site.requests.clear()
    third = ingest([feed], collection="courier", warehouse=str(warehouse))
    assert site.requests == ["/feed.xml", "/articles/quarry-blast.html"]
    assert third.new == 1
    assert rows(warehouse, "SELECT published FROM articles WHERE article_id = 'courier:courier-2024-0322-quarry'") \
        == [(date(2024, 3, 22),)]
    cached = dict(rows(warehouse, "SELECT url, status FROM web_cache"))
    assert cached[feed] == "ok" and cached[site.url("articles/withdrawn-story.html")] == "http_404"


def test_pages_that_time_out_are_missing_or_not_html_become_rejects(site, tmp_path):
    slow, missing = site.url("slow/articles/market-fire.html"), site.url("articles/no-such-story.html")
    pdf, good = site.url("articles/notice.pdf"), site.url("articles/bridge-collapse.html")

    articles, rejects, stats = poll_web_sources([slow, missing, pdf, good], None, tmp_path / "w.duckdb",
                                                settings=QUICK, sleep=lambda s: None)

    assert [(r.source, r.reason) for r in rejects] == [
        (slow, "fetch_timeout"), (missing, "http_404"), (pdf, "not_html")]
    assert [(a.url, a.published, a.collection) for a in articles] == [(good, date(2024, 3, 5), "default")]
    # a timeout is retried (QUICK allows one retry); a 404 is final at once
    assert site.requests.count("/slow/articles/market-fire.html") == 2
    assert site.requests.count("/articles/no-such-story.html") == 1
    assert stats.rejects == 3 and stats.articles == 1


def test_a_page_over_the_size_cap_is_rejected(site, tmp_path):
    page = site.url("articles/bridge-collapse.html")
    articles, rejects, _ = poll_web_sources([page], None, tmp_path / "w.duckdb",
                                            settings=FetchSettings(max_bytes=500))
    assert articles == []
    assert [(r.source, r.reason) for r in rejects] == [(page, "too_large")]


def test_feed_entries_that_fail_are_rejected_and_the_rest_still_read(site, tmp_path):
    # The feed's third entry links to a page that does not exist; an Atom feed works the same way,
    # and its entry for the market story, already read through the RSS feed, is not read twice.
    articles, rejects, _ = poll_web_sources([site.url("feed.xml"), site.url("atom.xml")], "courier",
                                            tmp_path / "w.duckdb", settings=QUICK)
    assert sorted((a.external_id, a.published) for a in articles) == [
        ("courier-2024-0305-bridge", date(2024, 3, 5)),
        ("courier-2024-0312-market", date(2024, 3, 12)),
        ("urn:lakeside-herald:2024:quarry-blast", date(2024, 3, 22)),
    ]
    assert site.requests.count("/articles/market-fire.html") == 1
    assert [(r.source, r.reason) for r in rejects] == [(site.url("articles/withdrawn-story.html"), "http_404")]


def test_a_temporary_server_error_is_retried_with_backoff(site, tmp_path):
    pauses: list[float] = []
    page = site.url("flaky/articles/bridge-collapse.html")
    articles, rejects, stats = poll_web_sources([page], None, tmp_path / "w.duckdb",
                                                settings=FetchSettings(retries=2, backoff=1.5),
                                                sleep=pauses.append)
    assert rejects == []
    assert [a.title for a in articles] == ["Bridge collapse in Harlow Vale kills two"]
    assert pauses == [0.0]              # the server's Retry-After: 0 rather than the 1.5 s backoff
    assert site.requests == ["/flaky/articles/bridge-collapse.html"] * 2


def test_an_entry_that_failed_for_now_or_never_reached_the_warehouse_is_fetched_again(site, tmp_path):
    # The market story's server is briefly down (503, no retries allowed); nothing gets loaded.
    feed = site.url("feed.xml")
    text = (site.root / "feed.xml").read_text(encoding="utf-8")
    site.write("feed.xml", text.replace("/articles/market-fire.html", "/flaky/articles/market-fire.html"))
    warehouse, once = tmp_path / "w.duckdb", FetchSettings(retries=0)
    articles, rejects, _ = poll_web_sources([feed], "courier", warehouse, settings=once)
    assert [a.external_id for a in articles] == ["courier-2024-0305-bridge"]
    assert sorted(r.reason for r in rejects) == ["http_404", "http_503"]

    site.requests.clear()
    articles, rejects, _ = poll_web_sources([feed], "courier", warehouse, settings=once)
    # the feed is read again in full (no 304): the 503 page now answers, the bridge story (read,
    # but never loaded) is fetched again, and the 404 page is not asked again
    assert sorted(site.requests) == ["/articles/bridge-collapse.html", "/feed.xml",
                                     "/flaky/articles/market-fire.html"]
    assert sorted(a.external_id for a in articles) == ["courier-2024-0305-bridge", "courier-2024-0312-market"]
    assert rejects == []


def test_a_page_with_no_date_anywhere_is_rejected(site, tmp_path):
    # Given directly (not through a feed), a page without a date in its markup or a dateline.
    page = site.url("articles/market-fire.html")
    articles, rejects, _ = poll_web_sources([page], None, tmp_path / "w.duckdb", settings=QUICK)
    assert articles == []
    assert [(r.source, r.reason) for r in rejects] == [(page, "no_date")]


def test_unreachable_and_malformed_sources_are_rejects_not_errors(tmp_path):
    import socket

    with socket.socket() as sock:       # a loopback port with nothing listening
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
    articles, rejects, _ = poll_web_sources([closed, "http://"], None, tmp_path / "w.duckdb",
                                            settings=QUICK, sleep=lambda s: None)
    assert articles == []
    assert [(r.source, r.reason) for r in rejects] == [(closed, "fetch_error"), ("http://", "bad_url")]
