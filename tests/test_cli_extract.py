"""`casualties extract`: readers + extractor to JSON lines, no Prefect, no warehouse."""
from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from conftest import EXAMPLES, PROJECT, write_article
from flows.cli import app
from flows.cli.extract_cmd import FIELDS

ARTICLE = "Gunmen killed 4 villagers and wounded 7 others on Friday, police said."


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_a_file_prints_one_json_object_per_figure(tmp_path):
    path = write_article(tmp_path / "a.txt", "2024-03-08", ARTICLE)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    figures = lines(result.stdout)
    assert [(f["kind"], f["best"], f["qualifier"]) for f in figures] == [
        ("killed", 4, "exact"), ("injured", 7, "exact")]
    for f in figures:
        assert list(f) == list(FIELDS)
        assert f["article_id"].endswith("a.txt")
        assert f["event_date"] == "2024-03-08"
        assert f["sentence"] == ARTICLE
        assert 0 <= f["char_start"] < f["char_end"] <= len(ARTICLE)


def test_extract_reads_a_header_text_from_stdin():
    result = CliRunner().invoke(app, ["extract", "-"], input=f"date 2024-03-08\n{ARTICLE}\n")
    assert result.exit_code == 0, result.output
    assert [(f["article_id"], f["kind"]) for f in lines(result.stdout)] == [
        ("-", "killed"), ("-", "injured")]


def test_extract_reads_jsonl_from_stdin_and_reports_rejects_on_stderr():
    stdin = "\n".join([
        json.dumps({"id": "x1", "date": "2024-03-08", "text": ARTICLE}),
        "{broken",
        json.dumps({"id": "x2", "date": "2024-03-09", "text": "Nothing happened today."}),
    ])
    result = CliRunner().invoke(app, ["extract"], input=stdin)
    assert result.exit_code == 0, result.output
    assert {f["article_id"] for f in lines(result.stdout)} == {"default:x1"}
    assert "bad_json" in result.stderr


def test_extract_a_folder_of_examples_is_valid_json(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert all(f["kind"] in ("killed", "injured", "death_toll") for f in lines(result.stdout))


def test_extract_errors(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    (tmp_path / "empty.txt").write_bytes(b"")
    empty = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert empty.exit_code == 1 and "empty" in empty.stderr


def test_extract_and_sql_start_without_importing_prefect():
    code = ("import sys; from flows.cli import app; "
            "print('prefect' in sys.modules, 'flows.ingest' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
