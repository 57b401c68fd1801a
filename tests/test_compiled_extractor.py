"""The optional mypyc build of the extractor (flows/extract/compiled/): same output as the pure
modules, and never loaded when missing or stale."""
from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

import flows.extract
from flows.extract import article_totals, compiled, extract_figures

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"


# ---------------------------------------------------------------- same output, compiled and pure

def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def read_txt(path: Path) -> tuple[str, str | None, str]:
    raw = path.read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    if first.startswith("date "):
        return str(path), first[5:].strip(), rest
    return str(path), None, raw


def articles() -> list[tuple[str, str | None, str]]:
    """(name, published ISO date or None, text) for every article in examples/, tests/fixtures and,
    when present, ../shared/corpus/{muc,modern}."""
    found = [read_txt(p) for p in sorted((PROJECT / "examples").glob("*.txt"))]
    for path in sorted((PROJECT / "examples").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                found.append((f"{path}:{n}", row.get("published") or row.get("date"), row["text"]))
    found += [read_txt(p) for p in sorted((PROJECT / "tests" / "fixtures").rglob("*.txt"))]
    for corpus in ("muc", "modern"):
        folder = SHARED / "corpus" / corpus
        if folder.is_dir():
            found += [read_txt(p) for p in sorted(folder.glob("*.txt"))]
    return found


def extracted(published: str | None, text: str) -> str:
    """One article's figures and totals as canonical JSON."""
    figures = extract_figures(text, parse_date(published))
    return json.dumps({"figures": [f.to_dict() for f in figures], "totals": asdict(article_totals(figures))},
                      sort_keys=True)


# The pure side: a fresh interpreter with the build switched off, same functions, JSON lines out.
PURE_RUNNER = f"""
import json, sys
sys.path.insert(0, {str(PROJECT)!r})
import flows.extract
assert flows.extract.IMPLEMENTATION == "pure", flows.extract.IMPLEMENTATION_DETAIL
sys.path.insert(0, {str(PROJECT / "tests")!r})
from test_compiled_extractor import extracted
for published, text in json.load(sys.stdin):
    print(extracted(published, text))
"""


def test_compiled_and_pure_extractors_agree_on_every_article():
    if flows.extract.IMPLEMENTATION != "compiled":
        pytest.skip(f"the compiled extractor is not active: {flows.extract.IMPLEMENTATION_DETAIL}")
    assert not flows.extract.figures.__file__.endswith(".py")  # really the extension module
    corpus = articles()
    env = os.environ | {compiled.PURE_ENV: "1"}
    done = subprocess.run([sys.executable, "-c", PURE_RUNNER], input=json.dumps([[p, t] for _, p, t in corpus]),
                          capture_output=True, text=True, env=env, cwd=PROJECT)
    assert done.returncode == 0, done.stderr[-3000:]
    pure = done.stdout.splitlines()
    assert len(pure) == len(corpus)
    differing = [name for (name, published, text), pure_json in zip(corpus, pure)
                 if extracted(published, text) != pure_json]
    assert differing == [], f"{len(differing)} of {len(corpus)} articles differ, first: {differing[:5]}"


# ---------------------------------------------------------------- the stale-build guard

def test_no_stamp_is_not_built_and_touches_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    package_path = ["/somewhere/flows/extract"]
    sys_path = list(sys.path)
    ok, detail = compiled.enable(package_path, build_dir=tmp_path)
    assert (ok, detail.split(":")[0]) == (False, "not built")
    assert "make compile" in detail
    assert package_path == ["/somewhere/flows/extract"] and sys.path == sys_path


def write_stamp(build_dir: Path, **changes: str) -> None:
    build_dir.mkdir(parents=True, exist_ok=True)
    (build_dir / compiled.STAMP_NAME).write_text(json.dumps(compiled.build_key() | {"mypy": "test"} | changes))


def test_stamp_of_other_sources_is_stale_and_touches_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    write_stamp(tmp_path, sources_sha256="0" * 64)
    package_path: list[str] = []
    sys_path = list(sys.path)
    ok, detail = compiled.enable(package_path, build_dir=tmp_path)
    assert ok is False and detail.startswith("stale: sources changed since the build")
    assert package_path == [] and sys.path == sys_path


def test_stamp_of_another_interpreter_is_stale(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    write_stamp(tmp_path, cache_tag="cpython-299")
    ok, detail = compiled.enable([], build_dir=tmp_path)
    assert ok is False and detail.startswith("stale:") and "cache_tag" in detail


def test_fresh_stamp_without_the_modules_is_not_loaded(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    write_stamp(tmp_path)
    package_path: list[str] = []
    ok, detail = compiled.enable(package_path, build_dir=tmp_path)
    assert ok is False and detail.startswith("incomplete build") and "figures" in detail
    assert package_path == []


def test_fresh_stamp_puts_the_build_first_on_the_package_path(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))  # restored after the test
    write_stamp(tmp_path)
    module_dir = tmp_path / "flows" / "extract"
    module_dir.mkdir(parents=True)
    for name in compiled.COMPILED_MODULES:  # empty stand-ins: enable() only checks they are there
        (module_dir / f"{name}{importlib.machinery.EXTENSION_SUFFIXES[0]}").touch()
    package_path = ["/pure/flows/extract"]
    ok, detail = compiled.enable(package_path, build_dir=tmp_path)
    assert (ok, detail) == (True, "compiled with mypyc test")
    assert package_path == [str(module_dir), "/pure/flows/extract"]
    assert sys.path[-1] == str(tmp_path)  # appended: it never shadows anything


def test_pure_python_switch_wins_over_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    write_stamp(tmp_path)
    package_path: list[str] = []
    assert compiled.enable(package_path, build_dir=tmp_path)[0] is False
    assert package_path == []


def test_digest_changes_with_one_source_byte(tmp_path):
    for name in compiled.DIGEST_SOURCES:
        shutil.copy(compiled.PACKAGE_DIR / f"{name}.py", tmp_path / f"{name}.py")
    original = compiled.source_digest(tmp_path)
    assert original == compiled.source_digest(tmp_path)
    for name in ("figures", "model"):
        source = tmp_path / f"{name}.py"
        data = bytearray(source.read_bytes())
        data[len(data) // 2] ^= 0x01
        source.write_bytes(bytes(data))
        assert compiled.source_digest(tmp_path) != original
        data[len(data) // 2] ^= 0x01
        source.write_bytes(bytes(data))
        assert compiled.source_digest(tmp_path) == original


def test_implementation_is_reported():
    assert flows.extract.IMPLEMENTATION in ("compiled", "pure")
    assert flows.extract.IMPLEMENTATION_DETAIL
    compiled_module = not flows.extract.figures.__file__.endswith(".py")
    assert compiled_module == (flows.extract.IMPLEMENTATION == "compiled")
