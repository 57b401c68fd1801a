"""Serve the `ingest` flow as a scheduled deployment on a Prefect server.

Schedules need a real Prefect server (the ephemeral API that plain flow runs use cannot schedule),
so `serve_ingest` first checks that PREFECT_API_URL is set and answers, and otherwise raises
`ServerUnavailable` with the steps to start one. Each scheduled run ingests whatever is new or
changed in its sources: unchanged files are skipped by content hash, and web sources are polled
with conditional requests (flows.web).
"""
from __future__ import annotations

from flows import settings  # noqa: F401  (PREFECT_HOME etc. are set before prefect is imported)

import os
import signal
from dataclasses import dataclass
from pathlib import Path

LOCAL_API_URL = "http://127.0.0.1:4200/api"
DEFAULT_DEPLOYMENT = "scheduled"

HOW_TO_START = f"""\
Scheduled runs need a Prefect server. Start one in another terminal, from the project folder:

    make server                      (or: .venv/bin/prefect server start)

then point this shell at it and serve again:

    export PREFECT_API_URL={LOCAL_API_URL}
"""


class ServerUnavailable(RuntimeError):
    """No Prefect server configured, or the configured one does not answer."""


class BadSchedule(ValueError):
    """Neither or both of interval and cron, or a value that is not a schedule."""


@dataclass(frozen=True)
class ServePlan:
    """What `casualties serve` will register: the flow parameters and the schedule."""
    sources: list[str]
    collection: str | None
    warehouse: str
    interval: float | None
    cron: str | None
    name: str = DEFAULT_DEPLOYMENT

    @property
    def parameters(self) -> dict:
        return {"sources": self.sources, "collection": self.collection, "warehouse": self.warehouse}

    @property
    def schedule_text(self) -> str:
        return f"every {self.interval:g} s" if self.interval is not None else f"cron {self.cron!r}"


def plan(sources: list[str], *, interval: float | None, cron: str | None, collection: str | None,
         warehouse: str | os.PathLike | None, name: str = DEFAULT_DEPLOYMENT) -> ServePlan:
    """Check the schedule and sources and fix the parameters of the deployment. Local paths and
    the warehouse become absolute, so runs do not depend on where the server or runner started."""
    from flows.readers import is_url

    if (interval is None) == (cron is None):
        raise BadSchedule("give exactly one of --interval SECONDS or --cron \"EXPR\"")
    if interval is not None and interval <= 0:
        raise BadSchedule("--interval must be a positive number of seconds")
    if cron is not None:
        from prefect.client.schemas.schedules import CronSchedule

        try:
            CronSchedule(cron=cron)
        except ValueError:  # pydantic's ValidationError is a ValueError
            raise BadSchedule(f"--cron {cron!r} is not a cron expression "
                              "(five fields, e.g. \"*/15 * * * *\" = every 15 minutes)") from None
    missing = [s for s in sources if not is_url(s) and not Path(s).exists()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    resolved = [s if is_url(s) else str(Path(s).resolve()) for s in sources]
    db = settings.warehouse_path(warehouse).resolve()
    return ServePlan(resolved, collection, str(db), interval, cron, name)


def configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile."""
    url = os.environ.get("PREFECT_API_URL")
    if url:
        return url
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def check_server(timeout: float = 5.0) -> str:
    """The API URL of a Prefect server that answers its health check; ServerUnavailable otherwise."""
    url = configured_api_url()
    if not url:
        raise ServerUnavailable("PREFECT_API_URL is not set, so there is no Prefect server to "
                                "schedule runs on.\n\n" + HOW_TO_START)
    import httpx

    headers = {}
    if os.environ.get("PREFECT_API_KEY"):
        headers["Authorization"] = f"Bearer {os.environ['PREFECT_API_KEY']}"
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=timeout, headers=headers)
    except httpx.HTTPError as exc:
        raise ServerUnavailable(f"the Prefect server at PREFECT_API_URL={url} does not answer "
                                f"({type(exc).__name__}).\n\n" + HOW_TO_START) from None
    if response.status_code != 200:
        raise ServerUnavailable(f"the Prefect server at PREFECT_API_URL={url} answered its health "
                                f"check with HTTP {response.status_code}.\n\n" + HOW_TO_START)
    return url


def serve_ingest(serve_plan: ServePlan) -> None:
    """Register the deployment and run its scheduled flow runs until Ctrl-C or SIGTERM.

    On stop the deployment's schedule is paused (Prefect's default), so nothing piles up as late
    runs while nobody serves it; serving again resumes it.
    """
    # Until Prefect's runner installs its own SIGTERM handler, end quietly on SIGTERM too.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    from prefect.types.entrypoint import EntrypointType

    from flows.ingest import ingest

    kwargs = {"interval": serve_plan.interval} if serve_plan.interval is not None else {"cron": serve_plan.cron}
    ingest.serve(
        name=serve_plan.name,
        parameters=serve_plan.parameters,
        description=f"Ingest {', '.join(serve_plan.sources)} into {serve_plan.warehouse} "
                    f"({serve_plan.schedule_text}).",
        tags=["casualties", "scheduled"],
        # One run at a time: DuckDB has one writer, and a slow run should delay the next, not race it.
        limit=1,
        pause_on_shutdown=True,
        # `flows.ingest.ingest` is importable wherever the project is installed.
        entrypoint_type=EntrypointType.MODULE_PATH,
        **kwargs,
    )


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(0)
