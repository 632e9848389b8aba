"""Portable mode from source: with the marker beside the interpreter, nothing lands on the host.

The program is packaging/entry.py (the frozen app's entry point) run by a copy of this Python
interpreter placed on a pretend USB stick with the ``evidence-app-portable`` marker beside it,
exactly as the frozen executable sits beside the marker. Home, the XDG folders and TMPDIR point
at empty folders. The smoke story (init, incident, attach, verify, dossier), the demo workspace
(built through temporary files) and a few seconds of the window run under strace, and every file
created, written, renamed or removed must be on the stick: even a temporary file that is gone
again is caught. A control run without the marker must be caught writing to the host, which
shows the check can fail. The frozen bundle gets the same test in
tests/packaging/test_frozen_app.py (slow suite).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from evidence_app.paths import PORTABLE_MARKER
from tests.packaging.smoke import (
    App,
    cli_scenario,
    files_under,
    gui_stays_up,
    host_environment,
    host_writes,
    temp_file_story,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="strace and XDG are Linux's")


def _interpreter_on(stick: Path, env: dict[str, str]) -> list[str]:
    """Copy the real interpreter (not the venv's symlink) onto the stick; return its command."""
    real = Path(sys.executable).resolve()
    copy = stick / "python3"
    shutil.copy2(real, copy)
    probe = subprocess.run([str(copy), "-S", "-c", "import evidence_app.paths"], env=env,
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"a copy of {real} does not run from another folder: {probe.stderr}")
    return [str(copy), "-S", str(ROOT / "packaging" / "entry.py")]


def _setup(tmp_path: Path, portable: bool) -> tuple[App, Path, Path]:
    stick, host = tmp_path / "stick", tmp_path / "host"
    stick.mkdir()
    paths = sysconfig.get_paths()
    # -S: no site module, so nothing from the host's site-packages runs; the venv's packages
    # and this checkout come from PYTHONPATH instead.
    env = host_environment(host, {
        "PYTHONHOME": sys.base_prefix,
        "PYTHONPATH": ":".join(dict.fromkeys([str(ROOT), paths["purelib"], paths["platlib"]])),
        "PYTHONDONTWRITEBYTECODE": "",
    })
    command = _interpreter_on(stick, env)
    if portable:
        (stick / PORTABLE_MARKER).write_text("")
    trace_dir = tmp_path / "traces"
    trace_dir.mkdir()
    app = App(command=command, env=env, cwd=stick,
              trace_dir=trace_dir if shutil.which("strace") else None)
    return app, stick, host


def test_portable_source_run_writes_only_to_the_stick(tmp_path: Path) -> None:
    app, stick, host = _setup(tmp_path, portable=True)
    outcome = cli_scenario(app, stick / "scratch", quick=True)
    temp_file_story(app, stick / "demo-workspace")
    gui_stays_up(app, seconds=3)

    assert (stick / "workspace" / "workspace.json").is_file()
    assert files_under(host) == ["home", "tmp", "xdg-cache", "xdg-config", "xdg-data",
                                 "xdg-runtime", "xdg-state"], files_under(host)
    assert files_under(stick / "tmp") == [], "temporary files were left on the stick"
    if app.trace_dir is not None:
        written = host_writes(sorted(app.trace_dir.glob("*.strace")), [stick], cwd=stick)
        assert written == [], "written outside the stick:\n" + "\n".join(written)
    print(f"dossier step: {outcome['dossier']}")


def test_without_the_marker_the_same_check_sees_host_writes(tmp_path: Path) -> None:
    app, stick, host = _setup(tmp_path, portable=False)
    app.run("init", "--user", "Ko Aung", label="init")
    assert not (stick / "workspace").exists()
    assert any(p.name == "workspace.json" for p in (host / "xdg-data").rglob("*"))
    if app.trace_dir is not None:
        written = host_writes(sorted(app.trace_dir.glob("*.strace")), [stick], cwd=stick)
        assert any(w.endswith("workspace.json") for w in written), written
