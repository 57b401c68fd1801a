"""Run the peer, gdelt-regkg, on the benchmark texts. Runs inside benchmarks/.venv-peer (Python 3.12).

extract_speed.py creates that venv and calls this script; it imports nothing from the project,
because the peer needs Python >= 3.12 and must stay out of the project's environment.

    speed     time `gdelt_regkg.fields.counts.analyze_counts` on the files named on stdin
              (one path a line, each `date YYYY-MM-DD` then the text, as in ../shared/corpus)
    accuracy  the peer's article killed / injured totals on gold JSONL files (../shared/eval)

Both print one JSON object on stdout. Only extraction is timed: interpreter start, imports and
the peer's one-off rule compilation (about 2 s, done by a warm-up call) are excluded.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from gdelt_regkg.fields.counts import analyze_counts

# GDELT count labels for the two kinds we compare (GKG codebook: KILL and WOUND).
LABEL_OF_KIND = {"killed": "KILL", "injured": "WOUND"}


def read_article(path: Path) -> str:
    """The article text: everything after the `date ...` header line."""
    raw = path.read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    return rest if first.startswith("date ") else raw


def speed(repeat: int) -> dict:
    paths = [Path(line.strip()) for line in sys.stdin if line.strip()]
    texts = [read_article(p) for p in paths]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    analyze_counts("Flooding killed 12 people and injured 30.")  # compiles the rules once
    wall, cpu, mentions = [], [], 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        mentions = 0
        for text in texts:
            mentions += len(analyze_counts(text).mentions)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return {
        "articles": len(texts),
        "bytes": n_bytes,
        "repeat": repeat,
        "wall_s": wall,
        "cpu_s": cpu,
        "wall_best_s": min(wall),
        "wall_median_s": statistics.median(wall),
        "cpu_best_s": min(cpu),
        "mentions": mentions,
    }


def article_total(text: str, kind: str) -> int:
    """The peer's article total: the sum of its count mentions of that kind.

    GKG lists every count mention and defines no article total; summing the KILL (WOUND)
    mentions is the natural reading and is what "gets the killed total right" is measured on.
    """
    label = LABEL_OF_KIND[kind]
    return sum(m.number for m in analyze_counts(text).mentions if m.count_type == label)


def accuracy(gold_paths: list[str]) -> dict:
    out = {}
    for gold_path in gold_paths:
        rows = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
        per_kind = {}
        for kind in LABEL_OF_KIND:
            nonzero = nonzero_ok = zero = zero_ok = 0
            for row in rows:
                if (row.get("meta") or {}).get("multi_part"):
                    continue
                gold = (row.get("gold") or {}).get(kind)
                if gold is None:
                    continue
                predicted = article_total(row["text"], kind)
                if gold > 0:
                    nonzero += 1
                    nonzero_ok += predicted == gold
                else:
                    zero += 1
                    zero_ok += predicted == 0
            per_kind[kind] = {
                "nonzero_rows": nonzero,
                "nonzero_exact": nonzero_ok / nonzero if nonzero else None,
                "zero_rows": zero,
                "zero_exact": zero_ok / zero if zero else None,
            }
        out[Path(gold_path).stem] = per_kind
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    speed_cmd = sub.add_parser("speed", help="time count extraction on the files listed on stdin")
    speed_cmd.add_argument("--repeat", type=int, default=2)
    accuracy_cmd = sub.add_parser("accuracy", help="article totals accuracy on gold JSONL files")
    accuracy_cmd.add_argument("gold", nargs="+")
    args = parser.parse_args()
    result = speed(args.repeat) if args.command == "speed" else accuracy(args.gold)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
