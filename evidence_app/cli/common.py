"""Shared pieces of the command line: workspace and passphrase options, output, progress bar."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.errors import UnlockError, UsageError
from evidence_app.paths import default_workspace_dir

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace

PASSPHRASE_ENV = "EVIDENCE_APP_PASSPHRASE"


def add_workspace_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", metavar="DIR", type=Path, default=argparse.SUPPRESS,
                        help="workspace folder (default: $EVIDENCE_APP_WORKSPACE or the per-user "
                             "data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path,
                        default=argparse.SUPPRESS,
                        help="read the passphrase from the first line of FILE")


def workspace_dir(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "workspace", None) or default_workspace_dir())


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False,
                    prompt: str = "Passphrase: ") -> str:
    """Passphrase from --passphrase-file, then $EVIDENCE_APP_PASSPHRASE, then a prompt."""
    file = getattr(args, "passphrase_file", None)
    if file is not None:
        try:
            lines = Path(file).read_text("utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"Cannot read the passphrase file: {exc}") from exc
        if not lines or not lines[0]:
            raise UsageError("The passphrase file is empty.")
        return lines[0]
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UnlockError("No passphrase: run in a terminal to be asked for it, or use "
                          f"--passphrase-file FILE or ${PASSPHRASE_ENV}.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("The two passphrases differ. Nothing was created.")
    return first


def unlock(args: argparse.Namespace) -> Workspace:
    from evidence_app.services.workspace import open_workspace

    return open_workspace(workspace_dir(args), read_passphrase(args))


# Pydantic's phrases as the services pass them on, in the words a documenter reads. The record
# model says its own patterns in words (model.schemas.PATTERN_RULES); a field without words of its
# own (the bundle format's ids and hashes) would still print its regular expression.
_PYDANTIC_PHRASES = (
    (re.compile(r"String should match pattern '[^']*'"),
     "is not written in the form this field requires"),
    (re.compile(r"String should have at least 1 character"), "cannot be empty"),
    (re.compile(r"String should have at most (\d+ characters?)"), r"is too long: at most \1"),
    (re.compile(r"String should have at least (\d+ characters)"), r"is too short: at least \1"),
    (re.compile(r"\bField required\b"), "is required"),
)


def in_words(message: str) -> str:
    """``message`` with pydantic's technical phrases said in words (the rest unchanged)."""
    for phrase, words in _PYDANTIC_PHRASES:
        message = phrase.sub(words, message)
    return message


def error(message: str) -> None:
    print(f"evidence-app: {in_words(message)}", file=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


class ProgressBar:
    """A text progress bar on stderr, drawn at most ten times a second, only on a terminal."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        width = 30
        frac = done / total if total else 1.0
        bar = "#" * int(frac * width)
        sys.stderr.write(f"\r[{bar:<{width}}] {frac:6.1%} {label[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
