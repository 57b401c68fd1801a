"""Shared test fixtures: one Prefect test server per session, paths to ../shared, article files."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import settings  # noqa: F401  (project PREFECT_HOME etc. before prefect is imported)

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
EXAMPLES = PROJECT / "examples"


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for flow runs, started once per session (startup takes seconds and
    a busy machine can need much longer, hence the generous timeout)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def shared() -> Path:
    """../shared (read-only domain data); tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    """A fresh warehouse path for this test (the file does not exist yet)."""
    return tmp_path / "wh" / "casualties.duckdb"


def query(warehouse: Path, sql: str) -> list[tuple]:
    """Rows of one query on a warehouse file, opened read-only and closed again (so the next
    write in the test is not locked out)."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def write_article(path: Path, published: str, text: str) -> Path:
    """A .txt article with a `date` header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"date {published}\n{text}\n", encoding="utf-8")
    return path
