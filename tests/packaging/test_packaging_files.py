"""The packaging definitions themselves: desktop entry, AppStream metadata, icons, install.sh,
and one version number everywhere. Cheap checks for the default suite; the bundle itself is
built and run in tests/packaging/test_frozen_app.py (slow suite)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import evidence_app
from evidence_app.paths import PORTABLE_MARKER

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.evidenceapp.EvidenceApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (desktop-file-utils)")
def test_desktop_file_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (appstream)")
def test_appstream_metadata_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_version_everywhere() -> None:
    version = evidence_app.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["version"] == version
    releases = ET.parse(METAINFO).getroot().findall("./releases/release")
    assert releases and releases[0].get("version") == version, "newest release first"
    out = subprocess.run([sys.executable, "-m", "evidence_app", "--version"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == f"evidence-app {version}"
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert re.search(rf"^## \[(Unreleased|{re.escape(version)})\]", changelog, re.M)


def test_desktop_entry_and_metainfo_agree() -> None:
    desktop = DESKTOP.read_text("utf-8")
    assert f"Icon={APP_ID}" in desktop and "Exec=evidence-app" in desktop
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name


def test_icons_are_drawn_in_every_size(tmp_path: Path) -> None:
    written = _load("icons").write_icons(tmp_path)
    for size in (16, 32, 48, 128, 256, 512):
        with Image.open(written[f"png{size}"]) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(written["ico"]) as ico:
        assert (256, 256) in ico.info["sizes"]
    with Image.open(written["icns"]) as icns:
        assert icns.format == "ICNS"


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is for Linux")
def test_install_sh_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    build = _load("build")
    icons = tmp_path / "icons"
    _load("icons").write_icons(icons)
    bundle = tmp_path / "bundle" / "evidence-app"
    bundle.mkdir(parents=True)
    exe = bundle / "evidence-app"
    exe.write_text("#!/bin/sh\necho evidence-app test\n")
    exe.chmod(0o755)
    build.add_linux_files(bundle, icons)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    subprocess.run(["sh", str(bundle / "install.sh"), "--user"], env=env, check=True,
                   capture_output=True)
    lib = home / ".local" / "lib" / "evidence-app"
    installed = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert (home / ".local" / "bin" / "evidence-app").resolve() == (lib / "evidence-app")
    assert f"Exec={lib}/evidence-app" in installed.read_text()
    assert (home / ".local/share/icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    subprocess.run(["sh", str(lib / "install.sh"), "--user", "--uninstall"], env=env,
                   check=True, capture_output=True)
    assert not lib.exists() and not installed.exists()


def test_install_sh_refuses_a_portable_copy(tmp_path: Path) -> None:
    bundle = tmp_path / "evidence-app"
    bundle.mkdir()
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / PORTABLE_MARKER).write_text("")
    result = subprocess.run(["sh", str(bundle / "install.sh")], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")},
                            check=False)
    assert result.returncode == 2 and "portable" in result.stderr
