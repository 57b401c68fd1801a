"""Optional mypyc build of the extractor's hot modules, and the guard that loads it only when fresh.

    python -m flows.extract.compiled build      # `make compile` runs it (code in __main__.py)

The build compiles figures, dates, totals, numbers and lexicon with mypyc (about 1.5x faster, same
output) into build/mypyc/ at the repo root, never beside the .py files: an extension module next to
its .py would shadow every later edit of that .py. build/mypyc/stamp.json records a digest of the
sources it was compiled from. `enable()`, called by flows/extract/__init__.py before any submodule
is imported, puts the build on the package's __path__ only when that digest (and the interpreter
and machine) match the sources on disk now; otherwise the pure-Python modules run, and
`flows.extract.IMPLEMENTATION_DETAIL` says why. CASUALTIES_PURE_PYTHON=1 forces pure Python.

This package is never compiled itself. This file runs on every import of flows.extract, so it
imports nothing slow and hashes only ~180 KB (about 1 ms); the build lives in __main__.py.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # flows/extract
REPO = PACKAGE_DIR.parents[1]  # repo root in a checkout; in an installed wheel there is no build/ there
BUILD_DIR = REPO / "build" / "mypyc"
STAMP_NAME = "stamp.json"
PURE_ENV = "CASUALTIES_PURE_PYTHON"
GROUP_NAME = "flows_extract"  # the shared library is build/mypyc/flows_extract__mypyc.*.so

COMPILED_MODULES = ("figures", "dates", "totals", "numbers", "lexicon")
# model.py is not compiled, but mypyc bakes the types it declares (Figure, Totals) into the
# compiled code, so an edit there makes a build stale just like an edit of a compiled module.
DIGEST_SOURCES = (*COMPILED_MODULES, "model")


def source_digest(source_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the bytes of the digested sources, in a fixed order (each prefixed by its name
    and length, so moving bytes between files also changes it). About 1 ms."""
    digest = hashlib.sha256()
    for name in DIGEST_SOURCES:
        data = (source_dir / f"{name}.py").read_bytes()
        digest.update(f"{name}.py\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def machine() -> str:
    # os.uname is free; `platform` costs ~15 ms to import and is only needed where uname is missing.
    if hasattr(os, "uname"):
        return os.uname().machine
    import platform

    return platform.machine()


def build_key(source_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """What a compiled build must match to be loaded: the sources, the interpreter ABI, the CPU."""
    return {"sources_sha256": source_digest(source_dir), "cache_tag": str(sys.implementation.cache_tag),
            "machine": machine()}


def read_stamp(build_dir: Path) -> dict | None:
    try:
        stamp = json.loads((build_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def extension_files(build_dir: Path) -> dict[str, Path | None]:
    """The compiled shim of each module in build_dir/flows/extract (None where it is missing)."""
    import importlib.machinery

    module_dir = build_dir / "flows" / "extract"
    found: dict[str, Path | None] = {}
    for name in COMPILED_MODULES:
        found[name] = next((module_dir / f"{name}{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
                            if (module_dir / f"{name}{suffix}").is_file()), None)
    return found


def check(build_dir: Path | None = None) -> tuple[bool, str]:
    """Whether flows.extract would load the build in build_dir now, and why not."""
    if os.environ.get(PURE_ENV, "").strip() not in ("", "0"):
        return False, f"pure Python: {PURE_ENV} is set"
    return freshness(build_dir)


def freshness(build_dir: Path | None = None) -> tuple[bool, str]:
    """Whether the build in build_dir matches the sources on disk now, and why not."""
    build_dir = BUILD_DIR if build_dir is None else build_dir
    stamp = read_stamp(build_dir)
    if stamp is None:
        return False, "not built: run `make compile`"
    current = build_key()
    changed = [field for field, value in current.items() if stamp.get(field) != value]
    if "sources_sha256" in changed:
        return False, "stale: sources changed since the build; run `make compile`"
    if changed:
        return False, (f"stale: built for a different {' and '.join(changed)} "
                       f"({', '.join(str(stamp.get(f)) for f in changed)}); run `make compile`")
    missing = [name for name, path in extension_files(build_dir).items() if path is None]
    if missing:
        return False, f"incomplete build: no compiled {', '.join(missing)} in {build_dir}; run `make compile`"
    return True, f"compiled with mypyc {stamp.get('mypy', '?')}"


def enable(package_path: list[str], build_dir: Path | None = None) -> tuple[bool, str]:
    """Put a fresh compiled build in front of the pure modules of the package whose __path__ is
    package_path; (False, reason) and nothing touched when there is none or it is stale.

    The build dir goes at the end of sys.path (the shims import the shared library by its
    top-level name, and it must never shadow anything), its flows/extract first on __path__.
    """
    ok, detail = check(build_dir)
    if not ok:
        return ok, detail
    build_dir = BUILD_DIR if build_dir is None else build_dir
    if str(build_dir) not in sys.path:
        sys.path.append(str(build_dir))
    module_dir = str(build_dir / "flows" / "extract")
    if module_dir not in package_path:
        package_path.insert(0, module_dir)
    return ok, detail


def disable(package_path: list[str], build_dir: Path | None = None) -> None:
    """Undo enable() and forget any module already imported from the build (used when the
    compiled modules fail to import, so the pure ones load instead)."""
    build_dir = BUILD_DIR if build_dir is None else build_dir
    module_dir = str(build_dir / "flows" / "extract")
    while module_dir in package_path:
        package_path.remove(module_dir)
    for name in COMPILED_MODULES:
        sys.modules.pop(f"flows.extract.{name}", None)
