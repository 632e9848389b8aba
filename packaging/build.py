#!/usr/bin/env python3
"""Build the installable app for this platform, in one command.

    python3 packaging/build.py                  # dist/evidence-app/ (one folder)
    python3 packaging/build.py --portable       # ... with the portable-mode marker file
    python3 packaging/build.py --archive        # ... and tar.gz / zip archives beside it

Linux (built and tested here): a one-folder PyInstaller bundle with ``share/`` holding the
``.desktop`` file, AppStream metadata and icons, and ``install.sh`` for a per-user or system
install. Windows (UNTESTED): the same bundle, then an installer from
``packaging/windows/evidence-app.iss`` if Inno Setup's ``iscc`` is on PATH. macOS (UNTESTED):
``Evidence App.app``, then a .dmg with ``packaging/macos/make_dmg.sh``. See docs/packaging.md.

This file uses only the standard library; PyInstaller and Pillow run in the project's venv
(``.venv``, with the ``dev`` extra), which this script finds by itself.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.evidenceapp.EvidenceApp"
APP_NAME = "evidence-app"
PORTABLE_MARKER = "evidence-app-portable"  # evidence_app.paths.PORTABLE_MARKER
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def build_python() -> Path:
    """The interpreter that has PyInstaller: this one, else the project's venv."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return Path(sys.executable)
    venv = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if venv.exists():
        probe = subprocess.run([str(venv), "-c", "import PyInstaller"], check=False,
                               capture_output=True)
        if probe.returncode == 0:
            return venv
    sys.exit("PyInstaller is not installed. Run `python3 scripts/dev.py build` (it sets up .venv "
             "with the dev extra), or `pip install -e .[dev]` in your environment.")


def app_version(python: Path) -> str:
    code = "import evidence_app; print(evidence_app.__version__)"
    out = subprocess.run([str(python), "-c", code], cwd=ROOT, check=True, capture_output=True,
                         text=True)
    return out.stdout.strip()


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, check=True)


def pyinstaller(python: Path, dist: Path, work: Path, icons: Path, clean: bool) -> None:
    env = {**os.environ, "EVIDENCE_APP_ICON_DIR": str(icons), "PYTHONDONTWRITEBYTECODE": "1"}
    args = ["-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        args.append("--clean")
    run(python, *args, PACKAGING / "evidence-app.spec", env=env)


def add_linux_files(bundle: Path, icons: Path) -> None:
    """Put the desktop entry, AppStream metadata, icons and install.sh into the bundle."""
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"evidence-app-{size}.png", folder / f"{APP_ID}.png")
    shutil.copy2(PACKAGING / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def validate_linux_files(bundle: Path) -> None:
    """Run the freedesktop validators when they are installed (warn, do not fail, otherwise)."""
    checks = [("desktop-file-validate", bundle / "share" / "applications" / f"{APP_ID}.desktop"),
              ("appstreamcli", bundle / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")]
    for tool, path in checks:
        if shutil.which(tool) is None:
            say(f"{tool} not found: {path.name} not validated (apt-get install "
                f"{'desktop-file-utils' if tool.startswith('desktop') else 'appstream'})")
            continue
        cmd = [tool, str(path)] if tool.startswith("desktop") else [tool, "validate", "--no-net",
                                                                  str(path)]
        result = subprocess.run(cmd, check=False, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{tool} rejected {path.name}:\n{result.stdout}{result.stderr}")
        say(f"{tool}: {path.name} ok")


def smoke(bundle: Path, version: str) -> float:
    """Run the frozen ``--version``; return its wall time. Fails the build if it is wrong."""
    exe = bundle / (f"{APP_NAME}.exe" if os.name == "nt" else APP_NAME)
    started = time.perf_counter()
    out = subprocess.run([str(exe), "--version"], check=False, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if out.returncode != 0 or out.stdout.strip() != f"{APP_NAME} {version}":
        sys.exit(f"the frozen app failed `--version` (exit {out.returncode}):\n"
                 f"{out.stdout}{out.stderr}")
    return elapsed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive(bundle: Path, dist: Path, version: str, portable: bool) -> Path:
    """Write a .tar.gz (Linux, macOS) or .zip (Windows) of the bundle folder."""
    platform = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                            sys.platform)
    machine = os.uname().machine if hasattr(os, "uname") else os.environ.get(
        "PROCESSOR_ARCHITECTURE", "x86_64").lower()
    stem = f"{APP_NAME}-{version}-{platform}-{machine}{'-portable' if portable else ''}"
    if os.name == "nt":
        target = dist / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(stem) / path.relative_to(bundle))
    else:
        target = dist / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tf:
            tf.add(bundle, arcname=stem)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--portable", action="store_true",
                        help="put the portable-mode marker next to the executable")
    parser.add_argument("--archive", action="store_true",
                        help="also write an archive of the bundle (and of a portable copy)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)

    python = build_python()
    version = app_version(python)
    dist, work = args.dist.resolve(), args.work.resolve()
    icons = work.parent / "icons"
    say(f"Evidence App {version} for {sys.platform}, with {python}")
    started = time.perf_counter()
    run(python, PACKAGING / "icons.py", icons)
    pyinstaller(python, dist, work, icons, args.clean)
    bundle = dist / APP_NAME
    if sys.platform.startswith("linux"):
        add_linux_files(bundle, icons)
        validate_linux_files(bundle)
    marker = bundle / PORTABLE_MARKER
    if args.portable:
        marker.write_text("Portable mode: the workspace, settings, caches and temporary files "
                          "live in this folder.\n", encoding="utf-8")
    elif marker.exists():
        marker.unlink()
    built_in = time.perf_counter() - started
    version_time = smoke(bundle, version)
    say(f"built {bundle} in {built_in:.0f} s: {folder_size(bundle) / 2**20:.0f} MiB; "
        f"`--version` ran in {version_time:.2f} s")
    if args.archive:
        written = [archive(bundle, dist, version, portable=args.portable)]
        if not args.portable:
            marker.write_text("Portable mode.\n", encoding="utf-8")
            try:
                written.append(archive(bundle, dist, version, portable=True))
            finally:
                marker.unlink()
        for path in written:
            say(f"archive {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    if sys.platform == "win32":  # UNTESTED
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc:
            run(iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}",
                f"/DIconFile={icons / 'evidence-app.ico'}", f"/O{dist}",
                PACKAGING / "windows" / "evidence-app.iss")
        else:
            say("Inno Setup (iscc) not found: no installer written; the folder works as is")
    if sys.platform == "darwin":  # UNTESTED
        run("bash", PACKAGING / "macos" / "make_dmg.sh", dist / "Evidence App.app",
            dist / f"EvidenceApp-{version}.dmg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
