"""Short atheris runs of every fuzz target, in the default suite; counts are printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris is installed with the dev extra on Linux")

HERE = Path(__file__).parent
RUNS = int(os.environ.get("EVIDENCE_APP_FUZZ_RUNS", "20000" if os.environ.get(
    "EVIDENCE_APP_SLOW") else "1000"))
TARGETS = sorted(p.name for p in HERE.glob("fuzz_*.py"))


@pytest.mark.parametrize("target", TARGETS)
def test_fuzz_target_runs_clean(target: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
    result = subprocess.run(
        [sys.executable, str(HERE / target), f"-runs={RUNS}", "-max_len=8192", "-seed=1",
         f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, env=env,
        timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    done = re.search(r"Done (\d+) runs", output)
    assert done, output[-2000:]
    print(f"\nfuzz {target}: {done.group(1)} executions, no crash")
