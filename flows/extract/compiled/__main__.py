"""Build the optional mypyc-compiled extractor into build/mypyc and stamp it (see __init__.py).

    python -m flows.extract.compiled build [--force]   # `make compile`; skipped when up to date
    python -m flows.extract.compiled status            # would flows.extract load it now, and why

Every failure (no mypy, no C compiler, a compile error) is a warning with exit status 0: the
build is an optional speed-up, and without a stamp the pure-Python extractor simply runs.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from flows.extract.compiled import (BUILD_DIR, COMPILED_MODULES, DIGEST_SOURCES, GROUP_NAME, PACKAGE_DIR, PURE_ENV,
                                    REPO, STAMP_NAME, build_key, check, freshness)

STAGING_DIR = REPO / "build" / "mypyc-tmp"
RETRY_HINT = "run `make compile` (or `.venv/bin/python -m flows.extract.compiled build`) to retry"


def warn(message: str) -> None:
    print(f"compile: WARNING: {message}\ncompile: the pure-Python extractor will be used; {RETRY_HINT}.",
          file=sys.stderr)


def missing_tools() -> str | None:
    """Why a build cannot start (checked first, so a machine without them fails in a second)."""
    import importlib

    try:
        for module in ("mypy.version", "mypyc.build", "setuptools"):
            importlib.import_module(module)
    except ImportError as error:
        return f"mypy/mypyc or setuptools is not installed ({error}); install them with `pip install -e '.[compile]'`"
    import sysconfig

    compiler = (sysconfig.get_config_var("CC") or "cc").split()
    if not compiler or shutil.which(compiler[0]) is None:
        return f"no C compiler found (looked for {compiler[0] if compiler else 'cc'!r})"
    return None


def compile_into(staging: Path) -> None:
    """mypyc + setuptools: C files and objects in staging, the extension modules in staging/lib.
    Raises (or SystemExit, which mypyc and setuptools use for errors) on failure."""
    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped,unused-ignore]

    staging.mkdir(parents=True, exist_ok=True)
    # Run setuptools from the empty staging dir: at the repo root it would read our pyproject.toml
    # (a hatchling project) and refuse the flat layout. mypyc names the modules by walking up the
    # __init__.py files from each absolute path (.../flows/extract/x.py -> flows.extract.x).
    os.chdir(staging)
    sources = [str(PACKAGE_DIR / f"{name}.py") for name in COMPILED_MODULES]
    setup(
        name="casualty-etl-extract-compiled",
        packages=[],
        py_modules=[],
        ext_modules=mypycify(sources, opt_level="3", target_dir=str(staging / "c"), group_name=GROUP_NAME),
        script_args=["--quiet", "build_ext", "--build-lib", str(staging / "lib"), "--build-temp", str(staging / "obj")],
    )


def install_build(staging_lib: Path, build_dir: Path) -> None:
    """Move the new extension modules into build_dir with os.replace: a new file each, so a
    process that has the old build loaded keeps its mapping intact (rewriting it in place could
    crash that process)."""
    for path in sorted(staging_lib.rglob("*")):
        if path.is_file():
            target = build_dir / path.relative_to(staging_lib)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def smoke_test(build_dir: Path) -> str | None:
    """Import the build in a fresh interpreter and extract one sentence; the error if that fails."""
    probe = ("import flows.extract as e, flows.extract.figures as f, datetime\n"
             "assert e.IMPLEMENTATION == 'compiled', e.IMPLEMENTATION_DETAIL\n"
             "assert not f.__file__.endswith('.py'), f.__file__\n"
             "found = e.extract_figures('A blast killed 3 people and wounded 12 on Monday.', datetime.date(2024, 3, 4))\n"
             "assert [x.kind for x in found], found\n")
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True)
    return None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["(no output)"])[-1]


def build(force: bool = False) -> int:
    """Compile into BUILD_DIR and stamp it. Always returns 0: the build is an optional speed-up,
    so any failure is a warning and leaves no stamp (the pure modules then run)."""
    if not force and freshness()[0]:
        (BUILD_DIR / STAMP_NAME).touch()  # up to date: tell make so, without a 70 s rebuild
        print(f"compile: {BUILD_DIR.relative_to(REPO)} is up to date with the sources", file=sys.stderr)
        return 0
    reason = missing_tools()
    if reason:
        warn(reason)
        return 0
    import mypy.version

    (BUILD_DIR / STAMP_NAME).unlink(missing_ok=True)  # from here on, no stamp until the new build is in place
    shutil.rmtree(STAGING_DIR, ignore_errors=True)
    before = build_key()
    print(f"compile: compiling {', '.join(COMPILED_MODULES)} with mypyc {mypy.version.__version__} "
          f"into {BUILD_DIR.relative_to(REPO)} (about two and a half minutes) ...", file=sys.stderr)
    try:
        compile_into(STAGING_DIR)
    except SystemExit as error:  # mypyc and setuptools report errors this way
        if error.code not in (None, 0):
            warn(f"the mypyc build failed ({error.code}); the compiler output is above")
            return 0
    except Exception as error:  # noqa: BLE001  any failure of an optional build is a warning, never fatal
        warn(f"the mypyc build failed: {type(error).__name__}: {error}")
        return 0
    if build_key() != before:
        warn("the sources changed while they were being compiled, so the build may not match them")
        return 0
    install_build(STAGING_DIR / "lib", BUILD_DIR)
    stamp = before | {"mypy": mypy.version.__version__, "modules": list(COMPILED_MODULES),
                      "digest_sources": [f"{name}.py" for name in DIGEST_SOURCES]}
    (BUILD_DIR / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    problem = smoke_test(BUILD_DIR)
    if problem:
        (BUILD_DIR / STAMP_NAME).unlink(missing_ok=True)
        warn(f"the compiled build does not load: {problem}")
        return 0
    shutil.rmtree(STAGING_DIR, ignore_errors=True)
    print("compile: done; flows.extract now runs compiled (CASUALTIES_PURE_PYTHON=1 for pure Python)",
          file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m flows.extract.compiled",
        description="Optional mypyc build of the extractor (build/mypyc/, loaded only while it matches the sources).")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="compile into build/mypyc (skipped when already up to date)")
    build_cmd.add_argument("--force", action="store_true", help="rebuild even when the build is up to date")
    commands.add_parser("status", help="say whether flows.extract would load the compiled build, and why")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build(force=args.force)
    ok, detail = check()
    print(f"{'compiled' if ok else 'pure'}: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
