"""Where things live: the warehouse file and Prefect's state directory.

Prefect reads its settings when it is first imported, so `configure_prefect()` must run before
any `import prefect`; importing this module does it (flows.ingest imports this module first).
"""
from __future__ import annotations

import os
from pathlib import Path

WAREHOUSE_ENV = "CASUALTIES_WAREHOUSE"
DEFAULT_WAREHOUSE = Path("warehouse") / "casualties.duckdb"

_PACKAGE_DIR = Path(__file__).resolve().parent
# An editable install (the normal way to work on this project) keeps state beside pyproject.toml;
# an installed wheel has no project folder, so state goes below the current directory instead.
PROJECT_DIR = (_PACKAGE_DIR.parent if (_PACKAGE_DIR.parent / "pyproject.toml").is_file()
               else Path.cwd())


def warehouse_path(option: str | os.PathLike | None = None) -> Path:
    """The warehouse file: --warehouse, else $CASUALTIES_WAREHOUSE, else warehouse/casualties.duckdb
    relative to the current directory."""
    if option:
        return Path(option)
    env = os.environ.get(WAREHOUSE_ENV)
    if env:
        return Path(env)
    return DEFAULT_WAREHOUSE


def configure_prefect() -> None:
    """Keep Prefect's database and logs inside the project and its analytics off, unless the user
    has chosen otherwise through the environment."""
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_DIR / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Without PREFECT_API_URL each run starts a temporary local server; on a busy machine it can
    # need longer than Prefect's default 20 s to come up.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


configure_prefect()
