"""Pure casualty-figure extraction: text in, figures out.

No Prefect, no DuckDB, no I/O: everything here is plain functions over strings and small
dataclasses, so a batch can run anywhere (a Dask worker, a test, the `extract` command).

The hot modules run compiled with mypyc when `make compile` has built them and the build still
matches the sources (flows/extract/compiled/); otherwise, and with CASUALTIES_PURE_PYTHON=1,
they run as plain Python. IMPLEMENTATION ("compiled" or "pure") and IMPLEMENTATION_DETAIL say
which, and why.
"""
from flows.extract import compiled as _compiled

# Before any submodule import: the compiled modules must be on __path__ ahead of the .py files.
_enabled, IMPLEMENTATION_DETAIL = _compiled.enable(__path__)
try:
    from flows.extract.figures import extract_figures
except ImportError as _error:
    if not _enabled:
        raise
    # A build that matches the sources but will not load (e.g. a missing runtime library) must
    # not stop extraction: fall back to the pure modules and say why.
    _compiled.disable(__path__)
    _enabled, IMPLEMENTATION_DETAIL = False, f"compiled build failed to import ({_error}); run `make compile`"
    from flows.extract.figures import extract_figures
from flows.extract.model import EXTRACTOR_VERSION, Figure, Totals
from flows.extract.totals import article_totals

IMPLEMENTATION = "compiled" if _enabled else "pure"

__all__ = ["EXTRACTOR_VERSION", "Figure", "Totals", "extract_figures", "article_totals",
           "IMPLEMENTATION", "IMPLEMENTATION_DETAIL"]
