"""The frozen Linux bundle, built for real and run (slow suite: EVIDENCE_APP_SLOW=1).

`python3 packaging/build.py` builds the one-folder bundle into a temporary folder (about a
minute); then the frozen executable goes through the smoke story by its command line (init, an
incident with a Burmese title, a generated photo, verify, search, a signed evidence bundle, a
signed dossier), opens every workspace fixture (old schemas are upgraded by the migrations
inside the bundle), shows its window offscreen for five seconds and under Xvfb until it is
visible, and runs in portable mode under strace, where nothing may be written outside its own
folder. Bundle size, cold and warm start times and time to first window are printed and written
to build/packaging-figures.json.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app import __version__
from evidence_app.paths import PORTABLE_MARKER
from tests.packaging.smoke import (
    App,
    cli_scenario,
    evict_from_page_cache,
    files_under,
    first_window_seconds,
    gui_stays_up,
    host_environment,
    host_writes,
    temp_file_story,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "workspaces"
FIGURES_FILE = ROOT / "build" / "packaging-figures.json"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built here"),
]
FIGURES: dict[str, object] = {}


def _record(name: str, value: object) -> None:
    FIGURES[name] = value
    print(f"[packaging] {name}: {value}")
    FIGURES_FILE.parent.mkdir(parents=True, exist_ok=True)
    FIGURES_FILE.write_text(json.dumps(FIGURES, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                             "--dist", str(out / "dist"), "--work", str(out / "work")],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    _record("build_seconds", round(time.perf_counter() - started, 1))
    folder = out / "dist" / "evidence-app"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    _record("bundle_mib", round(size / 2**20, 1))
    _record("bundle_files", sum(1 for p in folder.rglob("*") if p.is_file()))
    yield folder


def _app(bundle: Path, host: Path, cwd: Path, **extra: str) -> App:
    return App(command=[str(bundle / "evidence-app")], env=host_environment(host, extra),
               cwd=cwd)


def test_bundle_holds_what_is_loaded_by_path(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("fonts/NotoSansMyanmar-Regular.ttf", "fonts/NotoSans-Regular.ttf",
                 "taxonomy/violations.json", "taxonomy/myanmar_admin.json",
                 "demo/demo_case.json", "translations/evidence_app_my.qm",
                 "translations/dossier_my.ts"):
        assert (internal / "resources" / name).is_file(), name
    assert (internal / "db" / "env.py").is_file()
    assert (internal / "db" / "script.py.mako").is_file()
    source_revisions = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    bundled_revisions = sorted(p.name for p in (internal / "db" / "versions").glob("*.py"))
    assert bundled_revisions == source_revisions
    assert not list((internal / "db").rglob("__pycache__"))
    assert (internal / "alembic" / "templates" / "generic" / "script.py.mako").is_file()
    assert list(internal.glob("bagit-*.dist-info"))
    assert list((internal / "reportlab" / "fonts").glob("*.afm"))
    if importlib.util.find_spec("_rl_accel") is not None:  # the rl-accel dependency
        assert list(internal.glob("_rl_accel*")), "reportlab's C accelerator is missing"
    platforms = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        assert (platforms / plugin).is_file(), plugin
    share = bundle / "share"
    assert (share / "applications" / "org.evidenceapp.EvidenceApp.desktop").is_file()
    assert (share / "metainfo" / "org.evidenceapp.EvidenceApp.metainfo.xml").is_file()
    assert (share / "icons/hicolor/256x256/apps/org.evidenceapp.EvidenceApp.png").is_file()
    assert (bundle / "install.sh").is_file()
    assert not (bundle / PORTABLE_MARKER).exists()


def test_frozen_version_cold_and_warm(bundle: Path, tmp_path: Path) -> None:
    app = _app(bundle, tmp_path / "host", tmp_path)
    evict_from_page_cache(bundle)
    cold = app.run("--version", label="cold")
    assert cold.stdout.strip() == f"evidence-app {__version__}"
    warm = []
    for _ in range(3):
        app.run("--version", label="warm")
        warm.append(app.timings["warm"])
    _record("version_cold_seconds", round(app.timings["cold"], 2))
    _record("version_warm_seconds_median", round(statistics.median(warm), 2))


def test_frozen_smoke_scenario(bundle: Path, tmp_path: Path) -> None:
    host = tmp_path / "host"
    app = _app(bundle, host, tmp_path, EVIDENCE_APP_WORKSPACE=str(tmp_path / "workspace"))
    outcome = cli_scenario(app, tmp_path / "scratch")
    _record("smoke_dossier", outcome["dossier"])
    _record("smoke_command_seconds", {k: round(v, 2) for k, v in app.timings.items()})


@pytest.mark.parametrize("fixture", sorted(p for p in FIXTURES.glob("*")
                                           if (p / "fixture.json").is_file()),
                         ids=lambda p: p.name)
def test_frozen_app_opens_each_workspace_fixture(bundle: Path, tmp_path: Path,
                                                 fixture: Path) -> None:
    manifest = json.loads((fixture / "fixture.json").read_text("utf-8"))
    workspace = tmp_path / "workspace"
    shutil.copytree(fixture / "workspace", workspace)
    app = _app(bundle, tmp_path / "host", tmp_path, EVIDENCE_APP_WORKSPACE=str(workspace),
               EVIDENCE_APP_PASSPHRASE=manifest["passphrase"])
    report = app.run("verify", "--json", "--no-record", label="verify").stdout
    assert json.loads(report)["ok"] is True
    listed = app.run("incident", "list", "--search", manifest["search"]["term"]).stdout
    for incident_id in manifest["search"]["incident_ids"]:
        assert incident_id in listed


def test_frozen_gui_stays_up_offscreen(bundle: Path, tmp_path: Path) -> None:
    app = _app(bundle, tmp_path / "host", tmp_path,
               EVIDENCE_APP_WORKSPACE=str(tmp_path / "none-yet"))
    gui_stays_up(app, seconds=5)


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                    reason="needs Xvfb and xdotool to see the window appear")
def test_frozen_time_to_first_window(bundle: Path, tmp_path: Path) -> None:
    app = _app(bundle, tmp_path / "host", tmp_path,
               EVIDENCE_APP_WORKSPACE=str(tmp_path / "none-yet"))
    evict_from_page_cache(bundle)
    cold = first_window_seconds(app)
    warm = statistics.median(first_window_seconds(app) for _ in range(3))
    _record("first_window_cold_seconds", round(cold, 2))
    _record("first_window_warm_seconds_median", round(warm, 2))
    assert cold < 60 and warm < 30


def test_frozen_portable_mode_writes_only_beside_the_executable(bundle: Path,
                                                                 tmp_path: Path) -> None:
    host = tmp_path / "host"
    app = _app(bundle, host, bundle)
    app.env.pop("EVIDENCE_APP_WORKSPACE", None)
    if shutil.which("strace"):
        app.trace_dir = tmp_path / "traces"
        app.trace_dir.mkdir()
    made_here = ("workspace", "settings", "cache", "tmp", "scratch", "demo-workspace")
    before = set(files_under(bundle))
    (bundle / PORTABLE_MARKER).write_text("")
    try:
        cli_scenario(app, bundle / "scratch", quick=True)
        temp_file_story(app, bundle / "demo-workspace")
        gui_stays_up(app, seconds=5)
        assert (bundle / "workspace" / "workspace.json").is_file()
        assert files_under(host) == ["home", "tmp", "xdg-cache", "xdg-config", "xdg-data",
                                     "xdg-runtime", "xdg-state"], files_under(host)
        assert files_under(bundle / "tmp") == [], "temporary files were left behind"
        new = set(files_under(bundle)) - before - {PORTABLE_MARKER}
        assert {n.split(os.sep)[0] for n in new} <= set(made_here), sorted(new)
        if app.trace_dir is not None:
            written = host_writes(sorted(app.trace_dir.glob("*.strace")),
                                  [bundle / name for name in made_here], cwd=bundle)
            assert written == [], "written outside the portable folders:\n" + "\n".join(written)
        _record("portable_checked_with_strace", app.trace_dir is not None)
    finally:
        (bundle / PORTABLE_MARKER).unlink()
        for name in made_here:
            shutil.rmtree(bundle / name, ignore_errors=True)
