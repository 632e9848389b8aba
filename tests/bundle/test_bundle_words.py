"""A bundle whose documents break the format is explained in words, never with the regular
expression of a field's pattern: in the verification report, in the refusal of an import, and in
what the CLI prints. Each bundle here is a real export with one field damaged and the bag sealed
and signed again (as a forger would, or a broken exporter), so that the hashes and the signature
pass and the document's own check is the one that speaks."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from evidence_app.cli import main
from evidence_app.errors import BundleRejected
from evidence_app.services import bundle
from evidence_app.services.bundle import schema
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Frozen, Source, read_bundle, reseal, write_bundle
from tests.conftest import PASSPHRASE

ADVICE = "the bundle is damaged or was altered: ask the sender to export it again"
# What pydantic says of a pattern, or a piece of one of the format's regular expressions.
REGEX = re.compile(r"should match pattern|\^\[|\]\{\d|\$'")


def _edit_json(members: dict[str, bytes], name: str,
               change: Callable[[dict[str, object]], None]) -> None:
    data = json.loads(members[name])
    change(data)
    members[name] = json.dumps(data).encode()


def _index_file_sha(source: Source, members: dict[str, bytes]) -> str:
    def upper(index: dict[str, object]) -> None:
        files = index["files"]
        assert isinstance(files, list)
        files[1]["sha256"] = files[1]["sha256"].upper()

    _edit_json(members, "data/bundle.json", upper)
    return "data/bundle.json: files[1].sha256: a SHA-256 is 64 characters 0-9 and a-f"


def _index_chain_subject(source: Source, members: dict[str, bytes]) -> str:
    def spaced(index: dict[str, object]) -> None:
        chains = index["custody"]
        assert isinstance(chains, list)
        chains[0]["subject_id"] = "not an id"

    _edit_json(members, "data/bundle.json", spaced)
    return ("data/bundle.json: custody[0].subject_id: a record's id is 1 to 64 letters, "
            "digits and hyphens")


def _item_sha(source: Source, members: dict[str, bytes]) -> str:
    name = f"data/items/{source.item_ids[2]}.json"

    def short(item: dict[str, object]) -> None:
        item["sha256"] = "deadbeef"

    _edit_json(members, name, short)
    return f"{name}: sha256: a SHA-256 is 64 characters 0-9 and a-f"


def _item_signer(source: Source, members: dict[str, bytes]) -> str:
    name = f"data/items/{source.item_ids[0]}.json"

    def named(item: dict[str, object]) -> None:
        item["ingested_by"] = "alice"

    _edit_json(members, name, named)
    return f"{name}: ingested_by: a key fingerprint is 64 characters 0-9 and a-f"


def _case_id(source: Source, members: dict[str, bytes]) -> str:
    name = f"data/cases/{source.case_id}.json"

    def renamed(case: dict[str, object]) -> None:
        case["id"] = "MMR-EA-2024-01"

    _edit_json(members, name, renamed)
    return f"{name}: id: an id is 36 characters 0-9, a-f and hyphens"


def _custody_signature(source: Source, members: dict[str, bytes]) -> str:
    name = f"data/custody/{source.case_id}.jsonl"
    lines = members[name].decode().splitlines()
    event = json.loads(lines[0])
    event["signature"] = event["signature"][:64]
    members[name] = "\n".join([json.dumps(event), *lines[1:]]).encode() + b"\n"
    return f"{name} line 1: signature: a signature is 128 characters 0-9 and a-f"


DAMAGES = [_index_file_sha, _index_chain_subject, _item_sha, _item_signer, _case_id,
           _custody_signature]


def _damaged(source: Source, tmp_path: Path,
             damage: Callable[[Source, dict[str, bytes]], str]) -> tuple[Path, str]:
    root, members = read_bundle(source.path)
    words = damage(source, members)
    reseal(members, source.signer)  # the hashes and the signature pass: the format speaks
    return write_bundle(tmp_path / "damaged.zip", root, members), words


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__.strip("_"))
def test_a_field_out_of_its_form_is_said_in_words(
        source: Source, ws_b: Workspace, tmp_path: Path,
        damage: Callable[[Source, dict[str, bytes]], str]) -> None:
    path, words = _damaged(source, tmp_path, damage)
    report = bundle.verify_bundle(path)
    assert report.signature_ok and not report.ok
    problems = report.all_problems()
    assert any(words in p and p.endswith(f"({ADVICE})") for p in problems), problems
    assert not any(REGEX.search(p) for p in problems), problems

    frozen = Frozen(ws_b)
    try:
        with pytest.raises(BundleRejected) as refusal:
            bundle.import_bundle(frozen.ws, path, accept_signers=True)
        assert words in refusal.value.message and ADVICE in refusal.value.message
        assert not REGEX.search(refusal.value.message)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


@pytest.mark.parametrize("damage", [_index_file_sha, _item_sha, _custody_signature],
                         ids=lambda d: d.__name__.strip("_"))
def test_the_cli_prints_the_words(
        source: Source, ws_b: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        damage: Callable[[Source, dict[str, bytes]], str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    path, words = _damaged(source, tmp_path, damage)
    capsys.readouterr()
    assert main(["bundle", "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{words} ({ADVICE})" in out and "NOT VERIFIED" in out
    assert not REGEX.search(out)

    root = str(ws_b.root)
    ws_b.lock()
    assert main(["--workspace", root, "bundle", "import", str(path), "--yes",
                 "--accept-signers"]) == 1
    captured = capsys.readouterr()
    assert f"{words} ({ADVICE})" in captured.err
    assert not REGEX.search(captured.out + captured.err)


def _patterns(model: type[BaseModel]) -> set[str]:
    found = set()
    for info in model.model_fields.values():
        for constraint in info.metadata:
            pattern = getattr(constraint, "pattern", None)
            if pattern is not None:
                found.add(pattern)
    return found


def test_every_pattern_of_the_format_has_words() -> None:
    models = [m for m in vars(schema).values() if isinstance(m, type)
              and issubclass(m, BaseModel) and m.__module__ == schema.__name__]
    patterns = set().union(*(_patterns(m) for m in models))
    assert patterns == set(schema.PATTERN_WORDS)
