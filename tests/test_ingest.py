"""The Prefect flow `ingest` end to end: idempotent re-ingest, changed files, rejects, the seed
and the MUC corpus (acceptance 2-5 of issue 2), and the `casualties ingest` command."""
from __future__ import annotations

import json
import random
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, query, write_article
from flows import readers
from flows.batch import extract_figure_rows, figure_row
from flows.extract import EXTRACTOR_VERSION, Figure

TABLES = ("articles", "figures", "rejects")




def counts(path: Path) -> dict[str, int]:
    return {t: query(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def run(sources, warehouse: Path, **kwargs):
    from flows.ingest import ingest
    return ingest(sources=[str(s) for s in sources], warehouse=str(warehouse), **kwargs)


def test_figure_rows_carry_ids_parent_ids_and_version():
    article = readers.make_article(source="x.txt", collection="c", published=date(2024, 1, 2),
                                   text="Ten killed, including two children.")
    parent = Figure("killed", 10, 10, 10, "exact", None, "person", "victim", None, date(2024, 1, 2),
                    article.text, 0, 10, "r", True)
    child = Figure("killed", 2, 2, 2, "exact", None, "child", "victim", 0, date(2024, 1, 2),
                   article.text, 22, 34, "r", False)
    rows = [figure_row(article, i, f) for i, f in enumerate([parent, child])]
    assert [(r["figure_id"], r["part_of"], r["counted"]) for r in rows] == [
        ("x.txt#0", None, True), ("x.txt#1", "x.txt#0", False)]
    assert {r["extractor_version"] for r in rows} == {EXTRACTOR_VERSION}
    assert {r["article_id"] for r in rows} == {"x.txt"}


def test_reingesting_the_same_input_changes_nothing(prefect_harness, tmp_path, warehouse_file):
    first = run([EXAMPLES], warehouse_file)
    n_examples = len(readers.split_records(readers.read_files(readers.discover([EXAMPLES]).files))[0])
    assert n_examples >= 10
    assert (first.seen, first.new, first.changed, first.unchanged, first.rejected) == (
        n_examples, n_examples, 0, 0, 0)
    before = counts(warehouse_file)
    assert before["articles"] == n_examples and before["figures"] == first.figures
    second = run([EXAMPLES], warehouse_file)
    assert (second.seen, second.new, second.changed, second.unchanged, second.figures) == (
        n_examples, 0, 0, n_examples, 0)
    assert counts(warehouse_file) == before
    assert query(warehouse_file, "SELECT status, articles_seen, articles_new, articles_unchanged "
                                 "FROM runs ORDER BY started_at") == [
        ("completed", n_examples, n_examples, 0), ("completed", n_examples, 0, n_examples)]


def test_a_changed_file_replaces_its_earlier_version(prefect_harness, tmp_path, warehouse_file):
    inbox = tmp_path / "inbox"
    write_article(inbox / "a.txt", "2024-03-01", "Gunmen killed 4 villagers on Friday, police said.")
    write_article(inbox / "b.txt", "2024-03-02", "Floods injured 12 people, officials said.")
    run([inbox], warehouse_file)
    before = counts(warehouse_file)
    new_text = "Gunmen killed 9 villagers and wounded 3 on Friday, police said."
    write_article(inbox / "a.txt", "2024-03-01", new_text)
    summary = run([inbox], warehouse_file)
    assert (summary.seen, summary.new, summary.changed, summary.unchanged) == (2, 0, 1, 1)
    assert counts(warehouse_file)["articles"] == before["articles"] == 2
    article_id = readers.source_label(inbox / "a.txt")
    assert query(warehouse_file, f"SELECT text FROM articles WHERE article_id = '{article_id}'") == [
        (new_text,)]
    # The stored figures are exactly those of the new text (none left from the old one).
    expected = extract_figure_rows(
        [a for a in readers.read_file(inbox / "a.txt") if isinstance(a, readers.Article)]).rows
    stored = query(warehouse_file, "SELECT figure_id, kind, best, sentence FROM figures "
                                   f"WHERE article_id = '{article_id}' ORDER BY figure_id")
    assert stored == sorted((r["figure_id"], r["kind"], r["best"], r["sentence"]) for r in expected)
    assert summary.figures == len(expected)


def test_bad_inputs_become_rejects_and_good_ones_load(prefect_harness, tmp_path, warehouse_file):
    """Acceptance 4 of issue 2."""
    folder = tmp_path / "mixed"
    write_article(folder / "good-1.txt", "2024-05-01", "A landslide killed 6 people, officials said.")
    write_article(folder / "good-2.txt", "2024-05-02", "Two soldiers were wounded in a clash.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(random.Random(3).randbytes(3000))
    (folder / "latin1.txt").write_bytes(
        "date 1989-06-07\nSanta Ana: cuatro heridos en un ataque, informó la policía.".encode("latin-1"))
    (folder / "no-date.txt").write_text("Three people died in a fire.", encoding="utf-8")
    (folder / "bad-date.txt").write_text("date 2021-13-45\nFive were killed.", encoding="utf-8")
    (folder / "wire.jsonl").write_text("\n".join([
        json.dumps({"id": "w1", "date": "2024-05-03", "text": "A bomb killed 3 people."}),
        '{"id": "w2", "date": "2024-05-03", "text": "cut off',
        json.dumps({"id": "w3", "date": "2024-05-04", "text": "Eight were injured in a crash."}),
    ]) + "\n", encoding="utf-8")
    (folder / "README.md").write_text("not an article", encoding="utf-8")

    gone = tmp_path / "gone.txt"  # a served run records a vanished source instead of failing
    summary = run([folder, gone], warehouse_file, collection="mixed")
    label = readers.source_label(folder)
    assert query(warehouse_file, "SELECT article_id FROM articles ORDER BY article_id") == [
        (f"{label}/good-1.txt",), (f"{label}/good-2.txt",), (f"{label}/latin1.txt",),
        ("mixed:w1",), ("mixed:w3",)]
    assert query(warehouse_file, f"SELECT text FROM articles WHERE article_id = '{label}/latin1.txt'") == [
        ("Santa Ana: cuatro heridos en un ataque, informó la policía.",)]
    assert sorted(query(warehouse_file, "SELECT source, reason FROM rejects")) == sorted([
        (f"{label}/bad-date.txt", "bad_date"), (f"{label}/empty.txt", "empty"),
        (f"{label}/no-date.txt", "no_date"), (f"{label}/noise.txt", "binary"),
        (f"{label}/wire.jsonl:2", "bad_json"), (str(gone), "not_found")])
    assert query(warehouse_file, "SELECT count(*) FROM rejects WHERE detail IS NULL OR detail = ''") == [(0,)]
    assert (summary.seen, summary.new, summary.rejected, summary.skipped) == (5, 5, 6, 1)
    assert summary.rejects_by_reason == {"bad_date": 1, "empty": 1, "no_date": 1, "binary": 1,
                                         "bad_json": 1, "not_found": 1}
    assert query(warehouse_file, "SELECT status, rejected FROM runs") == [("completed", 6)]


def test_an_extractor_failure_is_a_reject_not_a_failed_run(prefect_harness, tmp_path, warehouse_file,
                                                           monkeypatch):
    import flows.batch
    real = flows.batch.extract_figures

    def flaky(text, published):
        if "TRIPWIRE" in text:
            raise RuntimeError("rule bug")
        return real(text, published)

    monkeypatch.setattr(flows.batch, "extract_figures", flaky)
    inbox = tmp_path / "inbox"
    write_article(inbox / "good.txt", "2024-05-02", "Gunmen killed three farmers on Tuesday.")
    write_article(inbox / "odd.txt", "2024-05-02", "TRIPWIRE: a blast wounded four people.")
    summary = run([inbox], warehouse_file)
    assert (summary.seen, summary.new, summary.rejected) == (2, 2, 1)
    assert query(warehouse_file, "SELECT reason FROM rejects") == [("extract_error",)]
    # Both articles are kept; only the good one has figures.
    assert counts(warehouse_file)["articles"] == 2
    assert query(warehouse_file, "SELECT DISTINCT article_id FROM figures") == [
        (readers.source_label(inbox / "good.txt"),)]


def test_small_batches_load_exactly_what_the_extractor_finds(prefect_harness, warehouse_file):
    summary = run([EXAMPLES], warehouse_file, batch_size=4)
    articles, _ = readers.split_records(readers.read_files(readers.discover([EXAMPLES]).files))
    expected = sorted((r["figure_id"], r["kind"], r["best"], r["part_of"])
                      for r in extract_figure_rows(articles).rows)
    assert (summary.seen, summary.new, summary.figures) == (len(articles), len(articles), len(expected))
    assert query(warehouse_file, "SELECT figure_id, kind, best, part_of FROM figures "
                                 "ORDER BY figure_id") == expected


def test_cli_ingest_prints_one_summary(prefect_harness, tmp_path, warehouse_file):
    from flows.cli import app
    write_article(tmp_path / "in" / "a.txt", "2024-01-05", "Police said 3 people were killed.")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--warehouse", str(warehouse_file)])
    assert result.exit_code == 0, result.output
    assert "seen 1, new 1, changed 0, unchanged 0, rejected 0, figures" in result.stdout
    assert query(warehouse_file, "SELECT count(*) FROM articles") == [(1,)]


def test_cli_ingest_exit_codes(prefect_harness, tmp_path, warehouse_file):
    from flows.cli import app
    runner = CliRunner()
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--warehouse", str(warehouse_file)])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output
    assert not warehouse_file.exists()
    assert runner.invoke(app, ["ingest"]).exit_code == 2
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    nothing = runner.invoke(app, ["ingest", str(tmp_path / "bad"), "--warehouse", str(warehouse_file)])
    assert nothing.exit_code == 1
    assert "rejected 1" in nothing.stdout
    assert query(warehouse_file, "SELECT reason FROM rejects") == [("empty",)]


def test_seed_article_through_the_cli(prefect_harness, shared, warehouse_file):
    """Acceptance 2: the four figures of FIGURES.md section 7 and their totals."""
    from flows.cli import app
    seed = shared / "seed" / "ganja-2020-10-17.txt"
    result = CliRunner().invoke(app, ["ingest", str(seed), "--warehouse", str(warehouse_file)])
    assert result.exit_code == 0, result.output
    assert query(warehouse_file, "SELECT published FROM articles") == [(date(2020, 10, 17),)]
    figures = query(warehouse_file, "SELECT kind, low, best, high, qualifier FROM figures ORDER BY figure_id")
    assert sorted(figures, key=str) == sorted([
        ("killed", 13, 13, 13, "exact"), ("killed", 2, 2, None, "at_least"),
        ("injured", 40, 40, 40, "exact"), ("death_toll", 700, 700, None, "more_than")], key=str)
    assert query(warehouse_file, "SELECT event_date FROM figures WHERE kind = 'killed' AND best = 13") == [
        (date(2020, 10, 17),)]
    assert query(warehouse_file, "SELECT killed, injured, death_toll FROM article_totals") == [(13, 40, 700)]


@pytest.mark.slow
def test_muc_corpus_twice_then_one_edit(prefect_harness, shared, tmp_path, warehouse_file):
    """Acceptance 3 and 5: all MUC articles load with no reject; a second run finds every article
    unchanged; editing one file replaces that article."""
    corpus = tmp_path / "muc"
    shutil.copytree(shared / "corpus" / "muc", corpus)
    n_txt = len(list(corpus.glob("*.txt")))
    first = run([corpus], warehouse_file)
    assert (first.seen, first.new, first.rejected) == (n_txt, n_txt, 0)
    assert query(warehouse_file, "SELECT count(*) FROM rejects") == [(0,)]
    before = counts(warehouse_file)
    assert before["articles"] == n_txt

    second = run([corpus], warehouse_file)
    assert (second.seen, second.unchanged, second.new, second.changed, second.figures) == (
        n_txt, n_txt, 0, 0, 0)
    assert counts(warehouse_file) == before

    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nLATER, 2 MORE PEOPLE WERE KILLED.\n",
                      encoding="utf-8")
    third = run([corpus], warehouse_file)
    assert (third.new, third.changed, third.unchanged) == (0, 1, n_txt - 1)
    assert counts(warehouse_file)["articles"] == n_txt
    article_id = readers.source_label(edited)
    assert query(warehouse_file, f"SELECT text LIKE '%2 MORE PEOPLE WERE KILLED.' FROM articles "
                                 f"WHERE article_id = '{article_id}'") == [(True,)]
