"""`casualties plot` (issue 4): a readable PNG of the trend series."""
from __future__ import annotations

import struct
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import app
from warehouse_rows import article, figure, write_rows

runner = CliRunner()
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, "not a PNG file"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def make_warehouse(tmp_path: Path) -> Path:
    return write_rows(tmp_path / "w.duckdb",
                      [article("a1", "2024-02-26"), article("a2", "2024-03-02"), article("a3", "2024-03-04"),
                       article("b1", "2024-02-28", collection="other")],
                      [figure("a1", 0, "killed", 12, "2024-02-26"), figure("a1", 1, "injured", 30, "2024-02-26"),
                       figure("a2", 0, "death_toll", 120), figure("a3", 0, "death_toll", 150),
                       figure("b1", 0, "killed", 2, "2024-02-28")])


def test_plot_writes_a_png(tmp_path):
    db = make_warehouse(tmp_path)
    out = tmp_path / "charts" / "trends.png"
    result = runner.invoke(app, ["plot", "--collection", "testland", "--warehouse", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    width, height = png_size(out)
    assert width > 600 and height > 300
    assert out.stat().st_size > 10_000


def test_one_panel_per_collection_makes_a_taller_chart(tmp_path):
    db = make_warehouse(tmp_path)
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    for out, extra in ((one, ["--collection", "other"]), (two, [])):
        result = runner.invoke(app, ["plot", "--by", "week", "--warehouse", str(db), "--out", str(out), *extra])
        assert result.exit_code == 0, result.output
    assert png_size(two)[1] > png_size(one)[1]


def test_plot_without_data_or_warehouse_fails_clearly(tmp_path):
    db = make_warehouse(tmp_path)
    result = runner.invoke(app, ["plot", "--collection", "nowhere", "--warehouse", str(db),
                                 "--out", str(tmp_path / "x.png")])
    assert result.exit_code == 1 and "no data to plot" in result.output
    assert not (tmp_path / "x.png").exists()
    result = runner.invoke(app, ["plot", "--warehouse", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "x.png")])
    assert result.exit_code == 1 and "no warehouse" in result.output


def test_plot_needs_a_png_name(tmp_path):
    db = make_warehouse(tmp_path)
    result = runner.invoke(app, ["plot", "--warehouse", str(db), "--out", str(tmp_path / "x.jpg")])
    assert result.exit_code == 2
