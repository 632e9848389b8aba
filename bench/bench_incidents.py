"""Benchmark: 100,000 incidents — open + first page, full-text search (Burmese, English), filter.

Prints our figures (through the services, as the CLI and GUI call them) beside raw SQLite
figures for the same queries on the same encrypted database in the same run (a bare sqlcipher3
connection with the key, no ORM, no validation). Goals (issue 2): open + first page <= 300 ms;
search and filter <= 50 ms.

    python bench/bench_incidents.py [--count 100000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3

from bench.generate import generate_incidents
from evidence_app.crypto.kdf import KdfParams
from evidence_app.services import incidents
from evidence_app.services.workspace import create_workspace, open_workspace

PASS = "benchmark passphrase"


def timed(fn: Callable[[], object], repeat: int = 7) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        # Default Argon2id parameters: the open figure includes the real key derivation.
        ws = create_workspace(root, PASS, "bench", kdf=KdfParams.new())
        start = time.perf_counter()
        generate_incidents(ws, args.count)
        print(f"generated {args.count} incidents in {time.perf_counter() - start:.1f} s")
        db_key = bytes(ws._secrets.db_key).hex()
        ws.lock()

        def open_and_first_page() -> None:
            with open_workspace(root, PASS) as w:
                incidents.list_incidents(w, limit=100)

        open_ms = timed(open_and_first_page, repeat=5)
        ws = open_workspace(root, PASS)
        flt = incidents.IncidentFilter
        cases = {
            "first page (list only)": lambda: incidents.list_incidents(ws, limit=100),
            "search Burmese 'မီးရှို့'": lambda: incidents.list_incidents(
                ws, flt(search="မီးရှို့"), limit=100),
            "search English 'checkpoint'": lambda: incidents.list_incidents(
                ws, flt(search="checkpoint"), limit=100),
            "filter AIR + Sagaing + 2023": lambda: incidents.list_incidents(
                ws, flt(violation_codes=["AIR"], state_region="Sagaing",
                        date_from=__import__("datetime").date(2023, 1, 1),
                        date_to=__import__("datetime").date(2023, 12, 31)), limit=100),
        }
        ours = {name: timed(fn) for name, fn in cases.items()}
        ws.lock()

        raw = sqlcipher3.connect(str(root / "records.db"))
        raw.execute(f"PRAGMA key = \"x'{db_key}'\"")
        raw.execute("PRAGMA cache_size = -131072")  # the same cache as the app's connections

        def raw_open_first_page() -> None:
            c = sqlcipher3.connect(str(root / "records.db"))
            c.execute(f"PRAGMA key = \"x'{db_key}'\"")
            c.execute("SELECT id, title, date_start FROM incident ORDER BY date_start DESC, id "
                      "DESC LIMIT 100").fetchall()
            c.close()

        def page(where: str) -> tuple[str]:
            # The same statement shape as the service: sorted page of ids with the match count.
            return (f"SELECT i.id, i.title, i.date_start, page.total FROM (SELECT incident.id AS "
                    f"pid, count(*) OVER () AS total FROM incident WHERE {where} ORDER BY "
                    "incident.date_start DESC, incident.id DESC LIMIT 100) AS page JOIN "
                    "incident i ON i.id = page.pid ORDER BY i.date_start DESC",)

        def search_page(term: str) -> tuple[str]:
            # The service's statement for a search alone, sorted by date (store/search.py).
            return (f"SELECT i.id, i.title, i.date_start, page.total FROM (SELECT k.incident_id "
                    "AS pid, count(*) OVER () AS total FROM incident_search_key k WHERE k.seq "
                    "IN (SELECT rowid FROM incident_search WHERE incident_search MATCH "
                    f"'\"{term}\"') ORDER BY k.date_start DESC, k.incident_id DESC LIMIT 100) "
                    "AS page JOIN incident i ON i.id = page.pid ORDER BY i.date_start DESC",)

        raw_cases = {
            "first page (list only)": ("SELECT count(*) FROM incident", "SELECT id, title, "
                                       "date_start FROM incident ORDER BY date_start DESC, id "
                                       "DESC LIMIT 100"),
            "search Burmese 'မီးရှို့'": search_page("မီးရှို့"),
            "search English 'checkpoint'": search_page("checkpoint"),
            "filter AIR + Sagaing + 2023": page(
                "state_region='Sagaing' AND date_start BETWEEN '2023-01-01' AND '2023-12-31' "
                "AND incident.id IN (SELECT incident_id FROM act WHERE violation_code='AIR')"),
        }
        theirs = {name: timed(lambda q=q: [raw.execute(s).fetchall() for s in q])
                  for name, q in raw_cases.items()}
        raw_open = timed(raw_open_first_page, repeat=5)
        print(f"\n{'operation':<34}{'ours (ms)':>12}{'raw SQLite (ms)':>18}{'goal (ms)':>12}")
        print(f"{'open + first page':<34}{open_ms:>12.1f}{raw_open:>18.1f}{300:>12}")
        print("  (ours includes Argon2id 64 MiB/t=3 key derivation and the migration check)")
        for name in cases:
            goal = 300 if name.startswith("first") else 50
            print(f"{name:<34}{ours[name]:>12.1f}{theirs[name]:>18.1f}{goal:>12}")


if __name__ == "__main__":
    main()
