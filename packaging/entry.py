"""Entry point of the frozen app (PyInstaller) and of portable runs from a source checkout.

Portable mode is entered before anything else is imported, so that Qt, fontconfig and
``tempfile`` see the redirected folders (``evidence_app.paths.enter_portable_mode``). No bytecode
is written: Alembic loads ``db/versions/*.py`` by path, and the bundle folder may be read-only
(Program Files, /opt) or a USB stick that should change only where we say.

With no arguments at all (a double click, the desktop menu) the window is started directly:
``evidence_app.cli`` imports every command's services (about 1.3 s of SQLModel, SQLAlchemy,
reportlab and pyHanko) before it can see that there is no command, and the window is meant to
appear before the core is loaded (evidence_app/app.py). This does exactly what
``evidence_app.cli.main([])`` does (``run_gui(workspace=None)``); keep the two in step.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True

from evidence_app.paths import enter_portable_mode  # noqa: E402  (must run before the rest)


def main() -> int:
    enter_portable_mode()
    if len(sys.argv) == 1:
        from evidence_app.app import run_gui

        return run_gui(workspace=None)
    from evidence_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    # Verification checks signatures in helper processes (evidence_app/crypto/batch_verify.py);
    # in the frozen app each helper is this executable started again, and freeze_support()
    # turns it into the helper before anything else runs.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
