"""Short atheris runs of every fuzz target, in the default suite; counts are printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import report_count

pytest.importorskip("atheris", reason="atheris is installed with the dev extra on Linux")

HERE = Path(__file__).parent
RUNS = int(os.environ.get("EVIDENCE_APP_FUZZ_RUNS", "20000" if os.environ.get(
    "EVIDENCE_APP_SLOW") else "1000"))
TARGETS = sorted(p.name for p in HERE.glob("fuzz_*.py"))


def _seed_corpus(target: str, folder: Path) -> int:
    """Valid inputs to mutate from: random bytes alone rarely get past a zip's first check."""
    folder.mkdir()
    if target == "fuzz_bundle.py":
        from evidence_app.services import bundle
        from evidence_app.services.workspace import create_workspace
        from tests.bundle.helpers import populate
        from tests.conftest import PASSPHRASE, fast_kdf

        ws = create_workspace(folder.parent / "ws", PASSPHRASE, "fuzz", kdf=fast_kdf())
        populated = populate(ws, folder.parent)
        bundle.export_bundle(ws, incident_ids=populated.incident_ids[:1],
                             output=folder / "small.zip")
        ws.lock()
    elif target == "fuzz_csv.py":
        from tests.test_csv_io import GOOD, HEADER

        (folder / "good.csv").write_text(HEADER + GOOD, "utf-8")
    elif target == "fuzz_record_json.py":
        (folder / "record.json").write_text(
            '{"title": "t", "acts": [{"violation": "AIR", "characterizations": ["7(1)(a)"]}], '
            '"date": {"start": "2024-01-02", "precision": "day"}, '
            '"place": {"state_region": "Sagaing", "latitude": 22.1, "longitude": 95.1}}')
    return len(list(folder.iterdir()))


@pytest.mark.parametrize("target", TARGETS)
def test_fuzz_target_runs_clean(target: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
    corpus = tmp_path / "corpus"
    _seed_corpus(target, corpus)
    max_len = 262144 if target == "fuzz_bundle.py" else 8192
    result = subprocess.run(
        [sys.executable, str(HERE / target), str(corpus), f"-runs={RUNS}",
         f"-max_len={max_len}", "-seed=1", f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, env=env, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    done = re.search(r"Done (\d+) runs", output)
    assert done, output[-2000:]
    print(f"\nfuzz {target}: {done.group(1)} executions, no crash")
    report_count(f"fuzz {target}: {done.group(1)} executions, no crash")
