"""Pure casualty-figure extraction: text in, figures out.

No Prefect, no DuckDB, no I/O: everything here is plain functions over strings and small
dataclasses, so a batch can run anywhere (a Dask worker, a test, the `extract` command).
"""
from flows.extract.model import EXTRACTOR_VERSION, Figure, Totals
from flows.extract.figures import extract_figures
from flows.extract.totals import article_totals

__all__ = ["EXTRACTOR_VERSION", "Figure", "Totals", "extract_figures", "article_totals"]
