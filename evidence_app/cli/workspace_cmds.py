"""Commands about the workspace itself: init, demo, passphrase, users, keys."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evidence_app.cli.common import (
    error,
    print_json,
    read_passphrase,
    unlock,
    workspace_dir,
)
from evidence_app.errors import UsageError
from evidence_app.taxonomy import TRUST_LEVELS


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new encrypted workspace")
    p.add_argument("--user", required=True, metavar="ALIAS",
                   help="your alias in this workspace (need not be your real name)")
    p.add_argument("--team", metavar="NAME", help="your team's name")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="build a demo workspace with realistic sample records")
    p.add_argument("--force", action="store_true",
                   help="do nothing if the workspace exists, instead of failing")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("passphrase", help="change your passphrase (re-wraps keys only)")
    p.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                   help="read the new passphrase from FILE instead of a prompt")
    p.set_defaults(handler=cmd_passphrase)

    p = sub.add_parser("user", help="people who share this workspace on this laptop")
    usub = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    q = usub.add_parser("add", help="give another person their own passphrase and key")
    q.add_argument("--alias", required=True)
    q.add_argument("--team")
    q.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                   help="the new user's passphrase (else asked at a prompt)")
    q.set_defaults(handler=cmd_user_add)

    p = sub.add_parser("key", help="your signing key and the team keyring")
    ksub = p.add_subparsers(dest="key_command", required=True, metavar="ACTION")
    q = ksub.add_parser("export", help="write your public key as PEM")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pem")
    q.set_defaults(handler=cmd_key_export)
    q = ksub.add_parser("import", help="add a teammate's public key (PEM) to the keyring")
    q.add_argument("file", type=Path, metavar="FILE.pem")
    q.add_argument("--alias", help="name to show for this key")
    q.add_argument("--trust", action="store_true",
                   help="mark it trusted now (only after comparing the fingerprint in person)")
    q.set_defaults(handler=cmd_key_import)
    q = ksub.add_parser("list", help="show the keyring")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_key_list)
    q = ksub.add_parser("trust", help="set a key's trust: trusted, untrusted or revoked")
    q.add_argument("fingerprint", help="the fingerprint or its first digits")
    q.add_argument("level", choices=TRUST_LEVELS)
    q.set_defaults(handler=cmd_key_trust)


def cmd_init(args: argparse.Namespace) -> int:
    from evidence_app.services import keys
    from evidence_app.services.workspace import create_workspace

    root = workspace_dir(args)
    passphrase = read_passphrase(args, confirm=True, prompt="New passphrase: ")
    with create_workspace(root, passphrase, args.user, team=args.team) as ws:
        print(f"Created workspace {root}")
        print(f"Your fingerprint: {keys.my_identity(ws).short_fingerprint}")
    print("Keep your passphrase safe: it cannot be recovered, and without it nothing in the "
          "workspace can be read.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from evidence_app.services.demo import build_demo
    from evidence_app.services.workspace import workspace_exists

    root = workspace_dir(args)
    if workspace_exists(root):
        if args.force:
            print(f"A workspace already exists in {root}; leaving it as it is.")
            return 0
        error(f"A workspace already exists in {root}. Choose another folder with --workspace.")
        return 2
    passphrase = read_passphrase(args, confirm=True, prompt="Passphrase for the demo: ")
    summary = build_demo(root, passphrase)
    print(f"Demo workspace created in {root}: {summary}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from evidence_app.services.workspace import change_passphrase, open_workspace

    old = read_passphrase(args, prompt="Current passphrase: ")
    with open_workspace(workspace_dir(args), old) as ws:
        new = _new_passphrase(args.new_passphrase_file, "New passphrase: ")
        change_passphrase(ws, old, new)
    print("Passphrase changed.")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from evidence_app.services.workspace import add_user

    ws = unlock(args)
    with ws:
        new = _new_passphrase(args.new_passphrase_file, f"Passphrase for {args.alias}: ")
        fp = add_user(ws, args.alias, new, team=args.team)
    print(f"Added {args.alias}, fingerprint {fp}")
    return 0


def _new_passphrase(file: Path | None, prompt: str) -> str:
    """A second passphrase (a new one): from its own file option, else a confirmed prompt."""
    ns = argparse.Namespace()
    if file is not None:
        ns.passphrase_file = file
        return read_passphrase(ns)
    import getpass
    import sys

    if not sys.stdin.isatty():
        raise UsageError("Give the new passphrase with --new-passphrase-file FILE (no terminal).")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("The two passphrases differ. Nothing was changed.")
    return first


def cmd_key_export(args: argparse.Namespace) -> int:
    from evidence_app.services import keys

    with unlock(args) as ws:
        me = keys.export_public_key(ws, args.output)
    print(f"Wrote the public key of {me.alias} ({me.short_fingerprint}) to {args.output}")
    return 0


def cmd_key_import(args: argparse.Namespace) -> int:
    from evidence_app.services import keys

    with unlock(args) as ws:
        ident = keys.import_public_key(ws, args.file, alias=args.alias,
                                       trust="trusted" if args.trust else "untrusted")
    print(f"Imported {ident.alias}: {ident.fingerprint} ({ident.trust})")
    if ident.trust != "trusted" and not ident.is_local:
        print("Compare the fingerprint with its owner, then: evidence-app key trust "
              f"{ident.fingerprint[:16]} trusted")
    return 0


def cmd_key_list(args: argparse.Namespace) -> int:
    from evidence_app.services import keys

    with unlock(args) as ws:
        idents = keys.list_identities(ws)
    if args.json:
        print_json([i.model_dump(mode="json") for i in idents])
    else:
        for i in idents:
            print(f"{i.short_fingerprint}  {i.trust:<9}  {i.alias}")
    return 0


def cmd_key_trust(args: argparse.Namespace) -> int:
    from evidence_app.services import keys

    with unlock(args) as ws:
        ident = keys.set_trust(ws, args.fingerprint, args.level)
    print(f"{ident.alias} ({ident.short_fingerprint}) is now {ident.trust}")
    return 0
