"""What the packaging tests do to an ``evidence-app`` program, frozen or from source.

``App`` runs a command line (the frozen executable, or an interpreter running
packaging/entry.py) in a controlled environment. ``cli_scenario`` is the smoke story a trainer
would try first: version, init, an incident with a Burmese title, a generated photo attached,
verify, a search, a signed evidence bundle exported and verified, and a dossier when this build
has the ``dossier`` command; ``temp_file_story`` builds the
demo workspace, which goes through temporary files. ``gui_stays_up`` and
``first_window_seconds`` start the window with no arguments. ``host_writes`` reads an strace
log and returns every file the program created or wrote outside the folders it may use: the
proof that portable mode leaves nothing on the host.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evidence_app import __version__
from evidence_app.media import synth

PASSPHRASE = "packaging smoke passphrase"
BURMESE_TITLE = "ပဇီကြီးရွာ လေကြောင်းတိုက်ခိုက်မှု (smoke test)"
STRACE_CALLS = ("open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,"
                "symlink,symlinkat,unlink,unlinkat,truncate,rmdir")
# Device files a program may open for writing without leaving anything behind.
HARMLESS_DEVICES = ("/dev/null", "/dev/tty", "/dev/ptmx", "/dev/pts/", "/dev/urandom",
                    "/dev/random", "/dev/dri/")


def host_environment(host: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """An environment whose home, XDG folders and temp folder are empty folders under ``host``.

    Nothing else leaks in from the caller's environment (no DISPLAY, no inherited XDG paths).
    """
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "HOME": str(host / "home"), "TMPDIR": str(host / "tmp"),
           "XDG_CONFIG_HOME": str(host / "xdg-config"), "XDG_CACHE_HOME": str(host / "xdg-cache"),
           "XDG_DATA_HOME": str(host / "xdg-data"), "XDG_STATE_HOME": str(host / "xdg-state"),
           "XDG_RUNTIME_DIR": str(host / "xdg-runtime"),
           "QT_QPA_PLATFORM": "offscreen", "EVIDENCE_APP_PASSPHRASE": PASSPHRASE}
    for name in ("home", "tmp", "xdg-config", "xdg-cache", "xdg-data", "xdg-state",
                 "xdg-runtime"):
        (host / name).mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra or {})
    return env


def files_under(folder: Path) -> list[str]:
    """Every file and folder below ``folder`` (relative), to show what appeared there."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@dataclass
class App:
    """One way of running the program: ``command`` + arguments, in ``cwd`` with ``env``."""

    command: list[str]
    env: dict[str, str]
    cwd: Path
    trace_dir: Path | None = None  # when set, every run is traced with strace into this folder
    timings: dict[str, float] = field(default_factory=dict)
    _runs: int = 0

    def argv(self, args: Sequence[str], label: str) -> list[str]:
        if self.trace_dir is None:
            return [*self.command, *args]
        self._runs += 1
        log = self.trace_dir / f"{self._runs:02d}-{label}.strace"
        return ["strace", "-f", "-qq", "-y", "-o", str(log), "-e", f"trace={STRACE_CALLS}",
                *self.command, *args]

    def run(self, *args: str, label: str = "run", timeout: float = 300,
            expect: int = 0) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        result = subprocess.run(self.argv(args, label), cwd=self.cwd, env=self.env,
                                capture_output=True, text=True, timeout=timeout, check=False)
        self.timings[label] = time.perf_counter() - started
        assert result.returncode == expect, (
            f"`evidence-app {' '.join(args)}` exited {result.returncode}, expected {expect}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result

    def start(self, *args: str, label: str = "gui",
              env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Start the program in its own process group (so that strace and the app stop
        together); stop it with :func:`stop`."""
        return subprocess.Popen(self.argv(args, label), cwd=self.cwd, env=env or self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop(process: subprocess.Popen[bytes]) -> str:
    """Stop a program started with :meth:`App.start`; return what it printed."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    out = process.stdout.read() if process.stdout else b""
    return out.decode("utf-8", errors="replace")


def dossier_available(app: App) -> bool:
    """True when this build registers the ``dossier`` command."""
    result = subprocess.run(app.argv(["dossier", "--help"], "dossier-help"), cwd=app.cwd,
                            env=app.env, capture_output=True, text=True, timeout=120,
                            check=False)
    return result.returncode == 0


def cli_scenario(app: App, scratch: Path, *, quick: bool = False) -> dict[str, str]:
    """version, init, incident add, attach a generated photo, verify, search, bundle, dossier.

    ``quick`` leaves out ``--version``, the search and the bundle (each command start costs
    seconds).
    The dossier step runs only when ``dossier --help`` works; the result says whether it ran.
    """
    if not quick:
        version = app.run("--version", label="version").stdout.strip()
        assert version == f"evidence-app {__version__}"
    app.run("init", "--user", "Ko Aung", "--team", "Smoke test team", label="init")
    incident_id = app.run(
        "incident", "add", "--title", BURMESE_TITLE, "--type", "AIR", "--date", "2023-04-11",
        "--place", "Pazigyi, Kanbalu, Sagaing", "--lat", "22.95", "--lon", "95.6",
        "--accuracy-m", "1000", "--description", "Smoke test of the packaged app.",
        label="incident-add").stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"[0-9a-f\-]{36}", incident_id), incident_id
    scratch.mkdir(parents=True, exist_ok=True)
    photo = synth.make_photo(scratch / "IMG_0001.jpg", width=320, height=240, lat=22.95,
                             lon=95.6, seed=1)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    attached = app.run("attach", incident_id, str(photo), "--by", "Ko Aung",
                       "--description", "generated photo", label="attach").stdout
    assert sha in attached and "EX-" in attached, attached
    verified = app.run("verify", label="verify").stdout
    assert "all intact" in verified.lower(), verified
    if not quick:
        listed = app.run("incident", "list", "--search", "လေကြောင်း", label="search").stdout
        assert incident_id in listed, listed
        # A signed BagIt bundle: bagit (and its installed metadata) inside the bundle.
        bundle = scratch / "bundle.zip"
        app.run("bundle", "export", "--incident", incident_id, "-o", str(bundle),
                label="bundle-export")
        checked = app.run("bundle", "verify", str(bundle), label="bundle-verify").stdout
        assert "VERIFIED" in checked, checked
    outcome = {"incident_id": incident_id, "sha256": sha, "dossier": "skipped"}
    if not dossier_available(app):
        outcome["dossier"] = ("skipped: this build has no `dossier` command "
                              "(`evidence-app dossier --help` failed)")
        return outcome
    pdf = scratch / "dossier.pdf"
    app.run("dossier", "--incident", incident_id, "-o", str(pdf), label="dossier")
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "ပဇီကြီးရွာ" in text, "the Burmese title is not in the dossier's text"
    if shutil.which("pdfsig"):
        sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True,
                             check=False).stdout
        assert "Signature is Valid" in sig, sig
    outcome["dossier"] = str(pdf)
    return outcome


def temp_file_story(app: App, folder: Path) -> None:
    """Build the demo workspace in ``folder``: its evidence files are generated in a temporary
    folder (``tempfile``), the part of the app most likely to write outside the workspace."""
    out = app.run("--workspace", str(folder), "demo", label="demo").stdout
    assert "Demo workspace created" in out, out


def gui_stays_up(app: App, seconds: float) -> str:
    """Start the window (no arguments); assert it is still running after ``seconds``."""
    process = app.start(label="gui")
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert process.poll() is None, (
                f"the GUI exited with {process.returncode} after less than {seconds} s:\n"
                + stop(process))
            time.sleep(0.1)
    finally:
        output = stop(process)
    return output


def first_window_seconds(app: App, timeout: float = 60) -> float:
    """Start the window under a private Xvfb (xcb platform); return the seconds until a
    visible window titled "Evidence App" exists. Needs Xvfb and xdotool."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        env = {**app.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        started = time.perf_counter()
        process = app.start(label="gui-xcb", env=env)
        try:
            while True:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                        "^Evidence App"], env=env, capture_output=True,
                                       text=True, check=False)
                if found.stdout.strip():
                    return time.perf_counter() - started
                assert process.poll() is None, "the GUI exited under Xvfb:\n" + stop(process)
                assert time.perf_counter() - started < timeout, "no window within the timeout"
                time.sleep(0.02)
        finally:
            stop(process)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def evict_from_page_cache(folder: Path) -> None:
    """Drop ``folder``'s files from the page cache, so that the next start is a cold one.

    Only these files are evicted (posix_fadvise DONTNEED), not the whole machine's cache.
    """
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


_LINE = re.compile(r"^\d+\s+(?P<call>\w+)\((?P<args>.*)\)\s+=\s+(?P<rc>-?\d+)")
_FD_PATH = re.compile(r"^\d+<(?P<path>[^>]*)>$")
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")


def _path_args(args: str) -> list[tuple[str | None, str]]:
    """(directory fd's path or None, path) for each quoted path argument of a syscall."""
    parts = [p.strip() for p in re.split(r",\s(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", args)]
    found: list[tuple[str | None, str]] = []
    dirfd: str | None = None
    for part in parts:
        fd = _FD_PATH.match(part)
        if fd:
            dirfd = fd.group("path")
        elif part.startswith('"'):
            found.append((dirfd, part.strip('"')))
            dirfd = None
    return found


def host_writes(trace_files: Iterable[Path], allowed: Sequence[Path], cwd: Path) -> list[str]:
    """Every file created, written, renamed or removed outside ``allowed`` in strace logs."""
    roots = [str(a.resolve()) for a in allowed]
    offending: list[str] = []
    for trace in trace_files:
        for line in trace.read_text(errors="replace").splitlines():
            match = _LINE.match(line)
            if not match or int(match.group("rc")) < 0:
                continue  # resumed/unfinished lines, and calls that failed (nothing written)
            call, args = match.group("call"), match.group("args")
            if call in ("open", "openat") and not _WRITE_FLAGS.search(args):
                continue
            for dirfd, raw in _path_args(args):
                base = dirfd if dirfd and not raw.startswith("/") else str(cwd)
                path = os.path.normpath(os.path.join(base, raw))
                if path.startswith(HARMLESS_DEVICES):
                    continue
                if not any(path == r or path.startswith(r + os.sep) for r in roots):
                    offending.append(f"{trace.name}: {call} {path}")
    return offending
