#!/usr/bin/env python3
"""Set up and run Evidence App from a source checkout with nothing but Python 3.11+.

    python3 scripts/dev.py run     # venv + install, demo workspace if none, start the app
    python3 scripts/dev.py test    # venv + install + system tools, then the whole test suite
    python3 scripts/dev.py lint    # ruff, mypy --strict, import-linter contracts
    python3 scripts/dev.py build   # venv + install, then the installer (packaging/build.py)

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
DEMO_WORKSPACE = ROOT / "demo-workspace"
DEMO_PASSPHRASE = "demo passphrase - not for real data"  # noqa: S105 (the demo's, printed)

# Debian packages the test suite calls as real tools (PDF checks, hash tools, screenshots).
SYSTEM_TOOLS = {
    "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "pdfinfo": "poppler-utils",
    "qpdf": "qpdf", "hashdeep": "hashdeep", "openssl": "openssl", "zip": "zip",
    "unzip": "unzip", "Xvfb": "xvfb", "sha256sum": "coreutils",
    # tests/packaging: portable mode traced with strace, first window seen with xdotool, the
    # desktop entry and AppStream metadata validated.
    "strace": "strace", "xdotool": "xdotool", "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}
QT_LIBS = ["libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
           "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
           "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0",
           "libxcb-image0"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, check=False)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def ensure_venv(extras: str = "dev") -> None:
    """Create .venv and install the package (editable) when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs before anything checks)
        sys.exit("Evidence App needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        say(f"creating {VENV}")
        run(sys.executable, "-m", "venv", VENV)
    say("installing Evidence App and its dependencies (first time: a few minutes)")
    run(PYTHON, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "-q", "-e", f".[{extras}]")
    STAMP.write_text(wanted)


def ensure_system_tools() -> None:
    """Install the Debian packages the tests use, when missing and we may (root + apt-get)."""
    missing = sorted({pkg for tool, pkg in SYSTEM_TOOLS.items() if shutil.which(tool) is None})
    libs = [lib for lib in QT_LIBS if not _deb_installed(lib)] if shutil.which("dpkg") else []
    if not missing and not libs:
        return
    wanted = missing + libs
    can_install = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can_install:
        say("missing system packages (tests needing them will be skipped): " + " ".join(wanted))
        return
    say("installing system packages: " + " ".join(wanted))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-qq", env=env, check=False)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *wanted, env=env,
        check=False)


def _deb_installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                            capture_output=True, text=True, check=False)
    return "install ok installed" in result.stdout


def cmd_run(extra: list[str]) -> int:
    ensure_venv("dev")
    env = dict(os.environ)
    workspace = Path(env.get("EVIDENCE_APP_WORKSPACE", DEMO_WORKSPACE))
    env["EVIDENCE_APP_WORKSPACE"] = str(workspace)
    if not (workspace / "workspace.json").exists():
        env.setdefault("EVIDENCE_APP_PASSPHRASE", DEMO_PASSPHRASE)
        say(f"no workspace in {workspace}: building the demo workspace")
        run(BIN / "evidence-app", "demo", env=env)
        say(f"demo workspace passphrase: {env['EVIDENCE_APP_PASSPHRASE']!r}")
    else:
        say(f"opening {workspace} (demo passphrase, if it is the demo: {DEMO_PASSPHRASE!r})")
    return run(BIN / "evidence-app", *extra, env=env, check=False)


def cmd_test(extra: list[str]) -> int:
    ensure_venv("dev")
    ensure_system_tools()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    args = ["-m", "pytest", "-p", "no:cacheprovider"]
    if os.environ.get("EVIDENCE_APP_SLOW"):
        args += ["-m", "slow or not slow"]
    else:
        args += ["-m", "not slow"]
    return run(PYTHON, *args, *extra, env=env, check=False)


def cmd_lint(extra: list[str]) -> int:
    ensure_venv("dev")
    status = 0
    for cmd in ([BIN / "ruff", "check", "evidence_app", "tests", "bench", "scripts", "db",
                 "packaging"],
                [BIN / "mypy"],
                [BIN / "lint-imports"]):
        say(" ".join(str(c.name) if isinstance(c, Path) else c for c in cmd))
        status |= run(*cmd, check=False)
    return status


def cmd_build(extra: list[str]) -> int:
    ensure_venv("dev")
    return run(PYTHON, ROOT / "packaging" / "build.py", *extra, check=False)


def main() -> int:
    commands = {"run": cmd_run, "test": cmd_test, "lint": cmd_lint, "build": cmd_build}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
