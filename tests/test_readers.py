"""Readers: headers, datelines, encodings, JSONL/CSV records, directories and rejects."""
from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from flows import readers
from flows.articles import Article, Reject


def read(path: Path, collection: str | None = None) -> list:
    return list(readers.read_file(path, collection))


def one_article(path: Path, collection: str | None = None) -> Article:
    records = read(path, collection)
    assert len(records) == 1 and isinstance(records[0], Article), records
    return records[0]


def one_reject(path: Path) -> Reject:
    records = read(path)
    assert len(records) == 1 and isinstance(records[0], Reject), records
    return records[0]


def test_header_on_its_own_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2024-03-04\nTwo people were killed in a blast.\n", encoding="utf-8")
    article = one_article(path)
    assert article.published == date(2024, 3, 4)
    assert article.text == "Two people were killed in a blast."
    assert article.collection == "default"


def test_header_with_leading_space_and_article_on_the_same_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2020-10-17 Shelling killed 13 civilians.\n\nMore text.", encoding="utf-8")
    article = one_article(path)
    assert article.published == date(2020, 10, 17)
    assert article.text == "Shelling killed 13 civilians.\n\nMore text."


def test_header_after_blank_lines_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\r\n\r\ndate 2021-01-02\r\nLine one.\r\nLine two.\r\n")
    article = one_article(path)
    assert article.published == date(2021, 1, 2)
    assert article.text == "Line one.\nLine two."


def test_no_header_takes_the_dateline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Lima, 20 Aug 88 (EFE) -- A bomb wounded four policemen.", encoding="utf-8")
    article = one_article(path)
    assert article.published == date(1988, 8, 20)
    assert article.text.startswith("Lima, 20 Aug 88")


def test_month_first_dateline_with_year(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("WASHINGTON, March 3, 2021 (AP) -- Officials said five people died.", encoding="utf-8")
    assert one_article(path).published == date(2021, 3, 3)


def test_text_starting_with_the_word_date_is_not_a_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Date palms lined the road.\nNothing else.", encoding="utf-8")
    assert one_reject(path).reason == "no_date"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"  \n\n\t ", "empty"),
    (b"date 2021-13-45\nSomething happened.", "bad_date"),
    (b"Nothing here says when this happened.", "no_date"),
    (b"date 2021-03-04\n   \n", "missing_text"),
])
def test_text_rejects(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    reject = one_reject(path)
    assert reject.reason == reason
    assert reject.source == readers.source_label(path)
    assert reject.detail


def test_random_bytes_are_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(7).randbytes(4096))
    assert one_reject(path).reason == "binary"


def test_latin1_and_cp1252_text_is_decoded(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("date 1989-05-06\nBogotá: tres muertos en Medellín.".encode("latin-1"))
    assert one_article(latin).text == "Bogotá: tres muertos en Medellín."
    smart = tmp_path / "smart.txt"
    smart.write_bytes("date 1999-01-01\n\u201cFour died,\u201d he said \u2013 police.".encode("cp1252"))
    assert one_article(smart).text == "\u201cFour died,\u201d he said \u2013 police."


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2022-02-02\nKyiv — two killed.".encode("utf-8"))
    article = one_article(path)
    assert article.published == date(2022, 2, 2)
    assert article.text == "Kyiv — two killed."


def test_article_id_is_the_normalized_path_for_txt(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a.txt").write_text("date 2024-01-01\nText.", encoding="utf-8")
    assert one_article(Path("./in//a.txt")).article_id == "in/a.txt"
    assert one_article(Path("in/../in/a.txt"), "other").article_id == "in/a.txt"
    assert one_article(tmp_path / "in" / "a.txt").article_id == "in/a.txt"
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert one_article(Path("../in/a.txt")).article_id == (tmp_path / "in" / "a.txt").as_posix()


def test_content_hash_depends_on_text_date_and_title_only(tmp_path):
    a = readers.make_article(source="x", collection="c", published=date(2024, 1, 1), text="Hello.")
    same = readers.make_article(source="y", collection="d", published=date(2024, 1, 1),
                                text="Hello.  \r\n")
    assert a.content_hash == same.content_hash
    for other in (
        readers.make_article(source="x", collection="c", published=date(2024, 1, 2), text="Hello."),
        readers.make_article(source="x", collection="c", published=date(2024, 1, 1), text="Hello!"),
        readers.make_article(source="x", collection="c", published=date(2024, 1, 1), text="Hello.",
                             title="T"),
    ):
        assert other.content_hash != a.content_hash


def test_jsonl_good_lines_survive_a_broken_one(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "date": "2024-03-01", "text": "Three killed.", "title": "T",
                    "url": "https://example.org/a1", "collection": "wire"}),
        '{"id": "a2", "date": "2024-03-02", "text": "broken',
        "",
        json.dumps({"date": "2024-03-03T08:00:00Z", "text": "Five hurt."}),
        json.dumps({"id": "a4", "date": "2024-02-30", "text": "Bad day."}),
        json.dumps({"id": "a5", "date": "2024-03-05"}),
        json.dumps(["not", "an", "object"]),
    ]), encoding="utf-8")
    records = read(path)
    articles = [r for r in records if isinstance(r, Article)]
    rejects = {r.source: r.reason for r in records if isinstance(r, Reject)}
    label = readers.source_label(path)
    assert [a.article_id for a in articles] == ["wire:a1", f"{label}:4"]
    first, second = articles
    assert (first.external_id, first.collection, first.title, first.url) == (
        "a1", "wire", "T", "https://example.org/a1")
    assert second.published == date(2024, 3, 3) and second.collection == "default"
    assert rejects == {f"{label}:2": "bad_json", f"{label}:5": "bad_date",
                       f"{label}:6": "missing_text", f"{label}:7": "bad_json"}


def test_collection_option_beats_the_record_field(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "a1", "date": "2024-03-01", "text": "T.",
                                "collection": "wire"}), encoding="utf-8")
    article = one_article(path, collection="mine")
    assert (article.collection, article.article_id) == ("mine", "mine:a1")


def test_csv_with_header(tmp_path):
    path = tmp_path / "items.csv"
    path.write_text('id,date,title,text\n'
                    'c1,2024-04-01,First,"Two killed, four hurt."\n'
                    ',2024-04-02,,"A multi-line\ntext."\n'
                    'c3,,,No date in this one.\n', encoding="utf-8")
    records = read(path)
    label = readers.source_label(path)
    assert [type(r).__name__ for r in records] == ["Article", "Article", "Reject"]
    assert records[0].article_id == "default:c1" and records[0].title == "First"
    assert records[0].text == "Two killed, four hurt."
    assert records[1].article_id == f"{label}:3" and records[1].text == "A multi-line\ntext."
    assert records[2].reason == "no_date" and records[2].source == f"{label}:5"


def test_directory_is_read_recursively_in_order_and_other_files_are_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("date 2024-01-02\nB.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2024-01-01\nA.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "MANIFEST.tsv").write_text("id\tfile\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("date 2024-01-01\nHidden.", encoding="utf-8")
    found = readers.discover([tmp_path, tmp_path / "a.txt", tmp_path / "missing.txt",
                              "https://example.org/feed"])
    root = readers.source_label(tmp_path)
    assert found.files == [f"{root}/a.txt", f"{root}/c.jsonl", f"{root}/b/2.txt"]
    assert found.skipped == [f"{root}/MANIFEST.tsv"]
    assert found.missing == [str(tmp_path / "missing.txt")]
    assert found.urls == ["https://example.org/feed"]


def test_an_unsupported_file_named_explicitly_is_rejected(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("date 2024-01-01\nText.", encoding="utf-8")
    assert one_reject(path).reason == "unsupported"


def test_stream_reads_a_header_text_or_jsonl():
    text = list(readers.read_stream("date 2024-05-06\nFour killed.\n"))
    assert [(a.article_id, a.published) for a in text] == [("-", date(2024, 5, 6))]
    lines = list(readers.read_stream('{"id": "x", "date": "2024-05-07", "text": "T."}\n'))
    assert [a.article_id for a in lines] == ["default:x"]
    assert [r.reason for r in readers.read_stream("")] == ["empty"]
