"""`casualties serve` (issue 5): scheduled ingestion on a real Prefect server, and the how-to when
there is none. Every process a test starts runs in its own process group and is stopped in finally."""
from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CASUALTIES = str(Path(sys.executable).with_name("casualties"))
PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment without any Prefect server or warehouse chosen by the caller's shell, with
    Prefect's state (and so its profiles) in a fresh folder."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PREFECT_") and k != "CASUALTIES_WAREHOUSE"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               **extra)
    return env


def start(args: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(args, env=env, cwd=cwd, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop(process: subprocess.Popen, timeout: float = 60) -> int | None:
    """SIGTERM, wait; the whole process group is killed if it does not end. Returns the exit status
    of a clean stop, or None when it had to be killed."""
    if process.poll() is not None:
        return process.returncode
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout)
    except subprocess.TimeoutExpired:
        return None
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)   # leftovers (flow-run children) of the group
        except ProcessLookupError:
            pass
        process.wait(10)


def wait_for(condition, timeout: float, interval: float = 1.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def run_cli(*args: str, env: dict[str, str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([CASUALTIES, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


# --- without a server -------------------------------------------------------------------------

def test_serve_without_a_server_explains_how_to_start_one(tmp_path):
    (tmp_path / "inbox").mkdir()
    result = run_cli("serve", "inbox", "--interval", "10", env=clean_env(tmp_path), cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert "PREFECT_API_URL is not set" in result.stderr
    assert "prefect server start" in result.stderr and "make server" in result.stderr
    assert "export PREFECT_API_URL=http://127.0.0.1:4200/api" in result.stderr


def test_serve_with_a_server_that_does_not_answer_explains_how_to_start_one(tmp_path):
    (tmp_path / "inbox").mkdir()
    url = f"http://127.0.0.1:{free_port()}/api"       # nothing listens there
    result = run_cli("serve", "inbox", "--interval", "10",
                     env=clean_env(tmp_path, PREFECT_API_URL=url), cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert f"PREFECT_API_URL={url} does not answer" in result.stderr
    assert "prefect server start" in result.stderr


@pytest.mark.parametrize("schedule, message", [
    ([], "exactly one of --interval"),
    (["--interval", "10", "--cron", "* * * * *"], "exactly one of --interval"),
    (["--interval", "0"], "positive number"),
    (["--cron", "every day"], "not a cron expression"),
])
def test_serve_needs_one_valid_schedule(tmp_path, schedule, message):
    (tmp_path / "inbox").mkdir()
    result = run_cli("serve", "inbox", *schedule, env=clean_env(tmp_path), cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr


def test_serve_rejects_a_missing_inbox(tmp_path):
    result = run_cli("serve", "no-such-inbox", "--interval", "10", env=clean_env(tmp_path),
                     cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert "no-such-inbox" in result.stderr


# --- on a real Prefect server -----------------------------------------------------------------

ARTICLE = """date 2024-05-02
MILLBROOK -- Two people were killed and four others were injured when a crowded minibus overturned
on the coast road outside Millbrook on Thursday morning, police said.
The driver lost control on a bend in heavy rain, a police spokesman said. The injured were taken to
the county hospital; one of them was in a critical condition on Thursday evening.
"""


@pytest.mark.slow
def test_a_served_inbox_is_ingested_on_schedule(tmp_path):
    port = free_port()
    env = clean_env(tmp_path, PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
                    PREFECT_SERVER_UI_ENABLED="false")
    inbox, warehouse = tmp_path / "inbox", tmp_path / "warehouse.duckdb"
    inbox.mkdir()
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    server = start([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                   env, server_log, tmp_path)
    served = None
    try:
        import httpx

        def healthy() -> bool:
            assert server.poll() is None, "prefect server exited:\n" + server_log.read_text(errors="replace")
            try:
                return httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(healthy, timeout=240, what="the Prefect server's /api/health")

        served = start([CASUALTIES, "serve", str(inbox), "--interval", "10", "--warehouse", str(warehouse)],
                       env, serve_log, tmp_path)

        def serving() -> bool:
            assert served.poll() is None, "casualties serve exited:\n" + serve_log.read_text(errors="replace")
            return "being served" in serve_log.read_text(errors="replace")

        wait_for(serving, timeout=120, what="the deployment to be served")

        draft = inbox / ".bus-crash.txt.part"            # appear whole: write, then rename
        draft.write_text(ARTICLE, encoding="utf-8")
        draft.rename(inbox / "bus-crash.txt")

        def query(sql: str) -> list[dict] | None:
            # The served run holds the warehouse while it writes; `casualties sql` then fails: retry.
            result = run_cli("sql", sql, "--warehouse", str(warehouse), "--csv", env=env, cwd=tmp_path)
            if result.returncode != 0:
                return None
            return list(csv.DictReader(io.StringIO(result.stdout)))

        articles = wait_for(
            lambda: warehouse.exists() and query("SELECT article_id, published FROM articles"),
            timeout=120, interval=3, what="the dropped article in the warehouse")
        assert [row["published"] for row in articles] == ["2024-05-02"]
        # figures are loaded in the same transaction as their article: read them once
        (figures,) = wait_for(lambda: (lambda rows: None if rows is None else (rows,))(
            query("SELECT kind, best FROM figures ORDER BY kind")),
            timeout=60, interval=3, what="a readable figures table")
        assert {(row["kind"], row["best"]) for row in figures} >= {("killed", "2"), ("injured", "4")}

        assert stop(served) == 0, "casualties serve did not stop cleanly on SIGTERM:\n" + \
            serve_log.read_text(errors="replace")[-3000:]
        assert "stopped" in serve_log.read_text(errors="replace")
    finally:
        if served is not None:
            stop(served)
        server_status = stop(server)
    assert server_status is not None, "prefect server did not stop on SIGTERM"
