"""Load SQL objects by name from the project's sql/ folder (one object per file)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# An editable install reads ../sql; a wheel carries the same files as flows/_sql.
SQL_DIR = next((p for p in (_HERE.parent / "sql", _HERE / "_sql") if p.is_dir()), _HERE.parent / "sql")


@cache
def load(name: str) -> str:
    """The text of sql/<name>.sql."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"no SQL file {path.name} in {SQL_DIR}")
    return path.read_text(encoding="utf-8")


def names(prefix: str) -> list[str]:
    """Names of the SQL files starting with prefix, in file-name order."""
    return sorted(p.stem for p in SQL_DIR.glob(f"{prefix}*.sql"))
