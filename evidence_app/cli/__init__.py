"""The ``evidence-app`` command line: the same core functions the window calls, without Qt.

Exit codes: 0 success, 1 problems found (verification failures, rejected items), 2 usage,
bad input or unlock errors. With no subcommand it starts the desktop client (``evidence_app.app``,
imported only then, so the command line never loads Qt).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from evidence_app import __version__
from evidence_app.cli import (
    bundle_cmds,
    common,
    dossier_cmds,
    evidence_cmds,
    records_cmds,
    workspace_cmds,
)
from evidence_app.errors import EvidenceAppError

EPILOG = """\
Passphrase: the command asks for it at a prompt (preferred: nothing is left in your shell
history). For scripts and tests, set EVIDENCE_APP_PASSPHRASE or pass --passphrase-file FILE.
Workspace: --workspace DIR, else EVIDENCE_APP_WORKSPACE, else the per-user data folder.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidence-app",
        description="Record human-rights violations with encrypted, signed, verifiable evidence.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"evidence-app {__version__}")
    common.add_workspace_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace_cmds.register(sub)
    records_cmds.register(sub)
    evidence_cmds.register(sub)
    bundle_cmds.register(sub)
    dossier_cmds.register(sub)
    _accept_workspace_options_after_command(sub)
    return parser


def _accept_workspace_options_after_command(sub: argparse._SubParsersAction[Any]) -> None:
    """Let ``--workspace`` and ``--passphrase-file`` also follow the command.

    People write ``evidence-app demo --workspace DIR`` (the README did too); argparse accepts
    top-level options only before the command. Each command parser gets the same options with
    a SUPPRESS default, so a value given after the command wins and none given keeps the one
    given before it.
    """
    for parser in sub.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                _accept_workspace_options_after_command(action)
        else:
            common.add_workspace_options(parser)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from evidence_app.app import run_gui  # Qt is imported only here

        return run_gui(workspace=getattr(args, "workspace", None))
    try:
        result = args.handler(args)
    except EvidenceAppError as exc:
        common.error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        common.error("Interrupted. Nothing partial was kept.")
        return 130
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file or folder named on the command line: a message, no traceback
        where = f" {exc.filename}" if exc.filename else ""
        common.error(f"Cannot read or write{where}: {exc.strerror or exc}. Check the path and "
                     "that you may use the folder.")
        return 2
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
