#!/usr/bin/env bash
# Set up, code the bundled example articles into dyads.duckdb, print the events and a per-dyad summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${DYADS_DB:-dyads.duckdb}
.venv/bin/dyads ingest examples/articles.jsonl examples/statement.txt --date 2025-06-03 --db "$DB"
.venv/bin/dyads events --db "$DB"
.venv/bin/dyads summary --db "$DB"
