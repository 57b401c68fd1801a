"""Extraction throughput and memory on one core, side by side with the peer gdelt-regkg.

    .venv/bin/python benchmarks/extract_speed.py            # or: make bench
    .venv/bin/python benchmarks/extract_speed.py --no-peer  # ours only, no venv, no network
    .venv/bin/python benchmarks/extract_speed.py --no-peer --pure  # ours without the mypyc build

What it measures (see benchmarks/README.md), on whichever extractor flows.extract loads: the mypyc
build when `make compile` has made one that matches the sources, else pure Python (--pure forces
it); the header and the JSON say which ran:
- ours: `flows.extract.extract_figures` on every article of ../shared/corpus/muc and
  ../shared/corpus/modern (text after the `date` header line, the date passed as `published`),
  one warm-up pass, then --repeat timed passes; MB/s (UTF-8 bytes) and articles/s from the best
  pass, on CPU time (the process is pinned to one core; CPU time is what the core spent, so other
  work on a shared machine does not count against us) with wall time beside it.
- memory: tracemalloc peak over one streamed pass, and the resident set size after 1 pass
  and after --stream-passes passes (flat memory: the two should match).
- peer: gdelt-regkg's count extraction (`analyze_counts`), installed by this script into
  benchmarks/.venv-peer (Python 3.12, never vendored), run in a subprocess pinned to the same
  core on the same texts; only its extraction is timed. When a corpus is larger than
  --peer-max-bytes the peer gets an evenly spaced subset, and ours is timed on that subset
  too so the ratio compares the same texts.
- accuracy (optional context): article killed / injured totals, exact on rows with non-zero
  gold and on zero-gold rows, for ours and the peer on ../shared/eval/dev/{gtd,rand}.jsonl
  (rows with meta.multi_part skipped).

Results print as a table and go to benchmarks/out/extract_speed.json (gitignored).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PEER_VENV = REPO / "benchmarks" / ".venv-peer"
PEER_SCRIPT = REPO / "benchmarks" / "peer_gdelt.py"
PEER_PACKAGE = "gdelt-regkg==2.1.2"  # pinned so numbers stay comparable between runs
OUT = REPO / "benchmarks" / "out" / "extract_speed.json"
TARGET_MB_PER_S = 5.0  # issue 3: at least 5 MB/s a core ...
TARGET_RATIO = 30.0    # ... and at least 30 times gdelt-regkg

sys.path.insert(0, str(REPO))  # run from a checkout even without the editable install
if "--pure" in sys.argv[1:]:  # flows.extract picks compiled or pure when imported, so set it first
    os.environ["CASUALTIES_PURE_PYTHON"] = "1"
from flows.extract import (EXTRACTOR_VERSION, IMPLEMENTATION, IMPLEMENTATION_DETAIL,  # noqa: E402
                           article_totals, extract_figures)


@dataclass(frozen=True, slots=True)
class Article:
    path: Path
    published: date | None
    text: str


def load_corpus(folder: Path) -> list[Article]:
    """Every <n>.txt of a corpus folder in numeric order; the `date` header line is not text."""
    articles = []
    for path in sorted(folder.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
        raw = path.read_text(encoding="utf-8")
        first, _, rest = raw.partition("\n")
        if first.startswith("date "):
            try:
                published = date.fromisoformat(first[5:].strip())
            except ValueError:
                published = None
            articles.append(Article(path, published, rest))
        else:
            articles.append(Article(path, None, raw))
    return articles


def size_bytes(articles: list[Article]) -> int:
    return sum(len(a.text.encode("utf-8")) for a in articles)


def spaced_subset(articles: list[Article], max_bytes: int) -> list[Article]:
    """An evenly spaced subset of at most ~max_bytes, so every collection of the corpus is in it."""
    total = size_bytes(articles)
    if total <= max_bytes:
        return articles
    stride = -(-total // max_bytes)
    return articles[::stride]


def pin_to_one_core() -> int | None:
    """Run on a single core (children inherit it), so 'per core' means what it says."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def one_pass(articles: list[Article]) -> int:
    figures = 0
    for article in articles:
        found = extract_figures(article.text, article.published)
        article_totals(found)
        figures += len(found)
    return figures


def time_ours(articles: list[Article], repeat: int) -> dict:
    one_pass(articles)  # warm-up: compiled patterns, caches
    wall, cpu = [], []
    figures = 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        figures = one_pass(articles)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return rates(len(articles), size_bytes(articles), wall, cpu) | {"figures": figures}


def rates(n_articles: int, n_bytes: int, wall: list[float], cpu: list[float]) -> dict:
    cpu_best = max(min(cpu), 1e-9)
    return {
        "articles": n_articles,
        "bytes": n_bytes,
        "repeat": len(wall),
        "cpu_best_s": min(cpu),
        "cpu_median_s": statistics.median(cpu),
        "wall_best_s": min(wall),
        "wall_median_s": statistics.median(wall),
        "mb_per_s": n_bytes / cpu_best / 1e6,
        "mb_per_s_median": n_bytes / max(statistics.median(cpu), 1e-9) / 1e6,
        "mb_per_s_wall": n_bytes / max(min(wall), 1e-9) / 1e6,
        "articles_per_s": n_articles / cpu_best,
    }


def current_rss_mb() -> float | None:
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def memory(articles: list[Article], passes: int) -> dict:
    """tracemalloc peak of one streamed pass; RSS after 1 pass vs after `passes` passes."""
    gc.collect()
    tracemalloc.start()
    one_pass(articles)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    one_pass(articles)
    gc.collect()
    rss_after_1 = current_rss_mb()
    for _ in range(passes - 1):
        one_pass(articles)
    gc.collect()
    rss_after_n = current_rss_mb()
    return {
        "traced_peak_mb": traced_peak / 1e6,
        "rss_after_1_pass_mb": rss_after_1,
        "passes": passes,
        "rss_after_n_passes_mb": rss_after_n,
        "rss_growth_mb": (rss_after_n - rss_after_1) if rss_after_1 is not None and rss_after_n is not None else None,
        "max_rss_mb": peak_rss_mb(),
    }


# ---------------------------------------------------------------- peer (gdelt-regkg)

def find_python312() -> str:
    """A working Python 3.12 interpreter: $PEER_PYTHON, python3.12 on PATH, or a pyenv install."""
    candidates = [os.environ.get("PEER_PYTHON"), shutil.which("python3.12")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += [str(p) for p in sorted(pyenv_root.glob("versions/3.12*/bin/python3.12"), reverse=True)]
    for candidate in filter(None, candidates):
        try:
            probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] >= (3, 12))"],
                                   capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    raise SystemExit("benchmark: no working Python 3.12 found for the peer; set PEER_PYTHON=/path/to/python3.12 "
                     "or run with --no-peer")


def peer_python() -> Path:
    """benchmarks/.venv-peer/bin/python with gdelt-regkg installed, creating it on first use."""
    python = PEER_VENV / "bin" / "python"
    check = [str(python), "-c", "import gdelt_regkg.fields.counts, importlib.metadata as m; "
             f"assert m.version('gdelt-regkg') == '{PEER_PACKAGE.split('==')[1]}'"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"benchmark: installing {PEER_PACKAGE} into {PEER_VENV.relative_to(REPO)} ...", file=sys.stderr)
    subprocess.run([find_python312(), "-m", "venv", "--clear", str(PEER_VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PEER_PACKAGE],
                   check=True)
    subprocess.run(check, check=True)
    return python


def run_peer(python: Path, args: list[str], stdin: str = "") -> dict:
    done = subprocess.run([str(python), str(PEER_SCRIPT), *args], input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark: the peer failed ({' '.join(args[:1])}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def time_peer(python: Path, articles: list[Article], repeat: int) -> dict:
    raw = run_peer(python, ["speed", "--repeat", str(repeat)], "\n".join(str(a.path) for a in articles))
    return rates(raw["articles"], raw["bytes"], raw["wall_s"], raw["cpu_s"]) | {"mentions": raw["mentions"]}


# ---------------------------------------------------------------- accuracy (context only)

def ours_accuracy(gold_path: Path) -> dict:
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {kind: [0, 0, 0, 0] for kind in ("killed", "injured")}  # nonzero, ok, zero, ok
    for row in rows:
        if (row.get("meta") or {}).get("multi_part"):
            continue
        try:
            published = date.fromisoformat(row["date"]) if row.get("date") else None
        except ValueError:
            published = None
        totals = article_totals(extract_figures(row["text"], published))
        for kind, c in counts.items():
            gold = (row.get("gold") or {}).get(kind)
            if gold is None:
                continue
            predicted = getattr(totals, kind)
            if gold > 0:
                c[0] += 1
                c[1] += predicted == gold
            else:
                c[2] += 1
                c[3] += predicted == 0
    return {kind: {"nonzero_rows": c[0], "nonzero_exact": c[1] / c[0] if c[0] else None,
                   "zero_rows": c[2], "zero_exact": c[3] / c[2] if c[2] else None}
            for kind, c in counts.items()}


# ---------------------------------------------------------------- report

def fmt(value, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def print_report(result: dict) -> None:
    print(f"\nExtraction benchmark {result['when']} · {result['machine']} · extractor {result['extractor_version']} "
          f"· {result['implementation']} ({result['implementation_detail']})")
    print("One core (pinned); MB/s and articles/s from the best of the timed passes on CPU time "
          "(median and wall-clock beside it).\n")
    print("| corpus | articles | MB | ours MB/s (median) | ours MB/s wall | ours articles/s | "
          "peer texts | peer MB/s | ours/peer |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, c in result["corpora"].items():
        o, p = c["ours"], c.get("peer")
        if p:
            peer_texts = "all" if p["articles"] == o["articles"] else f"{p['articles']} of {o['articles']}"
            peer_cols = f"{peer_texts} | {fmt(p['mb_per_s'], '.3f')} | {fmt(c['ratio'], '.0f')}x"
        else:
            peer_cols = "- | - | -"
        print(f"| {name} | {o['articles']} | {o['bytes'] / 1e6:.2f} | {o['mb_per_s']:.2f} ({o['mb_per_s_median']:.2f}) | "
              f"{o['mb_per_s_wall']:.2f} | {o['articles_per_s']:.0f} | {peer_cols} |")
    print("\n| corpus | tracemalloc peak, 1 pass | RSS after 1 pass | RSS after N passes | growth | max RSS |")
    print("|---|---|---|---|---|---|")
    for name, c in result["corpora"].items():
        m = c["memory"]
        print(f"| {name} | {m['traced_peak_mb']:.1f} MB | {fmt(m['rss_after_1_pass_mb'], '.1f')} MB | "
              f"{fmt(m['rss_after_n_passes_mb'], '.1f')} MB (N={m['passes']}) | {fmt(m['rss_growth_mb'], '+.1f')} MB | "
              f"{m['max_rss_mb']:.1f} MB |")
    print(f"\nTargets (issue 3): >= {TARGET_MB_PER_S:g} MB/s a core: "
          + ", ".join(f"{n} {'met' if c['ours']['mb_per_s'] >= TARGET_MB_PER_S else 'NOT met'}"
                      for n, c in result["corpora"].items())
          + f"; >= {TARGET_RATIO:g}x the peer: "
          + (", ".join(f"{n} {'met' if c['ratio'] >= TARGET_RATIO else 'NOT met'}"
                       for n, c in result["corpora"].items() if "ratio" in c) or "not measured (--no-peer)"))
    if result.get("accuracy"):
        print("\nArticle totals exact (rows with meta.multi_part skipped): non-zero gold / zero gold")
        print("| gold | kind | rows (non-zero) | ours | peer | rows (zero) | ours | peer |")
        print("|---|---|---|---|---|---|---|---|")
        for gold, kinds in result["accuracy"]["ours"].items():
            for kind, o in kinds.items():
                p = result["accuracy"].get("peer", {}).get(gold, {}).get(kind, {})
                print(f"| {gold} | {kind} | {o['nonzero_rows']} | {fmt(o['nonzero_exact'], '.1%')} | "
                      f"{fmt(p.get('nonzero_exact'), '.1%')} | {o['zero_rows']} | {fmt(o['zero_exact'], '.1%')} | "
                      f"{fmt(p.get('zero_exact'), '.1%')} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared)")
    parser.add_argument("--corpus", nargs="+", default=["muc", "modern"], help="corpus folders under SHARED/corpus")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of ours per corpus (default 5)")
    parser.add_argument("--stream-passes", type=int, default=10,
                        help="passes streamed for the memory flatness check (default 10)")
    parser.add_argument("--no-peer", action="store_true", help="skip gdelt-regkg (no venv, no install)")
    parser.add_argument("--peer-repeat", type=int, default=2, help="timed passes of the peer (default 2)")
    parser.add_argument("--peer-max-bytes", type=int, default=1_000_000,
                        help="time the peer on an evenly spaced subset of at most this many bytes (default 1 MB)")
    parser.add_argument("--no-accuracy", action="store_true", help="skip the gold accuracy comparison")
    parser.add_argument("--pure", action="store_true",
                        help="time the pure-Python extractor even when the mypyc build is there (CASUALTIES_PURE_PYTHON=1)")
    parser.add_argument("--json", type=Path, default=OUT, help=f"where to write results (default {OUT.relative_to(REPO)})")
    args = parser.parse_args()

    missing = [c for c in args.corpus if not (args.shared / "corpus" / c).is_dir()]
    if missing:
        raise SystemExit(f"benchmark: corpus folder(s) {missing} not found under {args.shared / 'corpus'}; "
                         "pass --shared PATH")
    core = pin_to_one_core()
    python = None if args.no_peer else peer_python()
    result = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, pinned to core {core}, Python {platform.python_version()}",
        "extractor_version": EXTRACTOR_VERSION,
        "implementation": IMPLEMENTATION,
        "implementation_detail": IMPLEMENTATION_DETAIL,
        "corpora": {},
    }
    for name in args.corpus:
        articles = load_corpus(args.shared / "corpus" / name)
        print(f"benchmark: {name}: {len(articles)} articles, {size_bytes(articles) / 1e6:.2f} MB", file=sys.stderr)
        entry = {"ours": time_ours(articles, args.repeat), "memory": memory(articles, args.stream_passes)}
        if python is not None:
            subset = spaced_subset(articles, args.peer_max_bytes)
            entry["peer"] = time_peer(python, subset, args.peer_repeat)
            ours_on_subset = entry["ours"] if subset is articles else time_ours(subset, args.repeat)
            entry["ours_on_peer_texts"] = ours_on_subset
            entry["ratio"] = ours_on_subset["mb_per_s"] / max(entry["peer"]["mb_per_s"], 1e-12)
        result["corpora"][name] = entry

    gold_files = [args.shared / "eval" / "dev" / f"{g}.jsonl" for g in ("gtd", "rand")]
    gold_files = [g for g in gold_files if g.is_file()]
    if not args.no_accuracy and gold_files:
        result["accuracy"] = {"ours": {g.stem: ours_accuracy(g) for g in gold_files}}
        if python is not None:
            result["accuracy"]["peer"] = run_peer(python, ["accuracy", *map(str, gold_files)])

    print_report(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"benchmark: results written to {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
