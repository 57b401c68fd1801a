"""casualty-etl: dated news articles in, casualty figures and trends out (DuckDB + Prefect)."""
