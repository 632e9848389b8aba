"""Ingest: real files into a real encrypted workspace; each file succeeds or fails on its own,
and nothing partial is ever referenced (issue 3)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from evidence_app.cli import main
from evidence_app.errors import IngestError
from evidence_app.media import synth
from evidence_app.model.tables import Blob, EvidenceItem
from evidence_app.progress import CancelToken
from evidence_app.services import custody, incidents, ingest, items, verify
from evidence_app.services.workspace import Workspace
from evidence_app.vault.blobs import BlobStore

PASSPHRASE = "correct horse battery staple"  # the one tests/conftest.py's workspace uses
MIB = 1 << 20


@pytest.fixture
def incident(workspace: Workspace) -> str:
    return incidents.create_incident(workspace, incidents.parse_record({
        "title": "Airstrike on Pazi Gyi", "acts": [{"violation": "AIR"}],
        "date": {"start": "2021-04-11"}, "place": {"state_region": "Sagaing"}})).id


def random_file(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def assert_nothing_partial(ws: Workspace) -> None:
    """Every blob row has its file and every file its row; no temp file is left."""
    with ws.session(write=False) as s:
        rows = set(s.exec(select(Blob.name)))
        referenced = set(s.exec(select(EvidenceItem.blob_name)))
    assert set(ws.blobs.names_on_disk()) == rows
    assert referenced <= rows
    incoming = ws.blobs.root / "incoming"
    assert not incoming.exists() or not list(incoming.iterdir())


def test_hash_is_sha256_of_the_file_and_the_blob_is_encrypted(workspace: Workspace,
                                                              incident: str,
                                                              tmp_path: Path) -> None:
    src = random_file(tmp_path / "video.mp4", 3 * MIB + 123)
    result = ingest.ingest_files(workspace, incident, [src])
    assert not result.failures
    [item] = result.items
    data = src.read_bytes()
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
    row = items.get_item(workspace, item.item_id)
    assert row.sha256 == item.sha256 and row.exhibit_number == "EX-00001"
    stored = workspace.blobs.path_for(workspace.blobs.name_for(item.sha256)).read_bytes()
    assert data[:4096] not in stored
    assert not any(item.sha256 in p.name for p in workspace.blobs.root.rglob("*"))
    assert items.open_item(workspace, item.item_id, limit=8 * MIB) == data


def test_same_file_twice_is_one_blob_and_two_items_that_both_verify(
        workspace: Workspace, incident: str, tmp_path: Path) -> None:
    src = random_file(tmp_path / "photo.jpg", 200_000)
    first = ingest.ingest_files(workspace, incident, [src]).items[0]
    second = ingest.ingest_files(workspace, incident, [src]).items[0]
    assert first.item_id != second.item_id and first.sha256 == second.sha256
    assert not first.deduplicated and second.deduplicated
    assert len(list(workspace.blobs.names_on_disk())) == 1
    with workspace.session(write=False) as s:
        assert len(s.exec(select(Blob)).all()) == 1
    report = verify.verify_workspace(workspace)
    assert report.ok and report.counts["intact"] == 2


def test_metadata_claimed_by_a_photo_is_kept(workspace: Workspace, incident: str,
                                             tmp_path: Path) -> None:
    taken = datetime(2021, 4, 11, 9, 30, tzinfo=timezone(timedelta(hours=6, minutes=30)))
    photo = synth.make_photo(tmp_path / "IMG_0042.jpg", lat=22.8721, lon=95.6443, taken=taken,
                             make="SynthCam", model="Field Unit 1")
    [item] = ingest.ingest_files(workspace, incident, [photo]).items
    row = items.get_item(workspace, item.item_id)
    assert row.media_type == "image/jpeg"
    meta = row.file_metadata
    assert meta["gps_latitude"] == pytest.approx(22.8721, abs=1e-4)
    assert meta["gps_longitude"] == pytest.approx(95.6443, abs=1e-4)
    assert meta["make"] == "SynthCam"
    assert meta["datetime_original_iso"] == "2021-04-11T09:30:00+06:30"


def test_bad_files_fail_one_by_one_and_the_others_go_in(workspace: Workspace, incident: str,
                                                        tmp_path: Path) -> None:
    good1 = random_file(tmp_path / "good1.bin", 5000)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "not-there.jpg"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    fifo = tmp_path / "a-pipe"
    os.mkfifo(fifo)
    too_long = tmp_path / ("ဗ" * 86 + ".jpg")  # 262 bytes: longer than any file system allows
    good2 = random_file(tmp_path / "good2.bin", 7000)
    paths = [good1, empty, missing, folder, fifo, too_long, good2]
    result = _ingest_with_timeout(workspace, incident, paths)
    assert [i.path for i in result.items] == [str(good1), str(good2)]
    reasons = {Path(f.path).name: f.reason for f in result.failures}
    assert "empty" in reasons["empty.txt"]
    assert "No such file" in reasons["not-there.jpg"]
    assert "not a regular file" in reasons["a-folder"]
    assert "not a regular file" in reasons["a-pipe"]  # and it did not hang (bug fixed)
    assert "too long" in reasons[too_long.name]
    assert_nothing_partial(workspace)
    assert len(items.list_items(workspace)) == 2


def _ingest_with_timeout(ws: Workspace, incident: str, paths: list[Path]) -> ingest.IngestResult:
    """Run ingest on a thread so a hang (a named pipe being opened) fails the test instead."""
    out: list[ingest.IngestResult] = []
    worker = threading.Thread(target=lambda: out.append(ingest.ingest_files(ws, incident, paths)),
                              daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        for p in paths:  # unblock a reader stuck on a pipe, then fail
            if p.is_fifo():
                os.close(os.open(p, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("ingest hung")
    return out[0]


@pytest.mark.parametrize(("raw_name", "shown"), [
    ("မြန်မာ_ဓာတ်ပုံ_၂၀၂၁.jpg".encode(), "မြန်မာ_ဓာတ်ပုံ_၂၀၂၁.jpg"),
    (b"report\x1b[2J\nrm -rf.txt", "report\\x1b[2J\\x0arm -rf.txt"),
    (b"latin1-\xe9t\xe9.txt", "latin1-\\xe9t\\xe9.txt"),
    ("ဗ".encode() * 85, "ဗ" * 85),  # exactly 255 bytes, the longest name ext4 allows
])
def test_unusual_file_names_are_kept_safely(workspace: Workspace, incident: str,
                                            tmp_path: Path, raw_name: bytes, shown: str) -> None:
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), raw_name)))
    random_file(path, 1000)
    result = ingest.ingest_files(workspace, incident, [path])
    assert not result.failures
    row = items.get_item(workspace, result.items[0].item_id)
    assert row.original_filename == shown
    assert all(c.isprintable() for c in row.original_filename)
    assert verify.verify_workspace(workspace).ok


def test_a_file_that_changes_while_read_is_refused(workspace: Workspace, incident: str,
                                                   tmp_path: Path) -> None:
    growing = random_file(tmp_path / "still-copying.mp4", 3 * MIB)
    other = random_file(tmp_path / "done.mp4", 100_000)
    appended = []

    def progress(done: int, total: int, label: str) -> None:
        if label == growing.name and done >= MIB and not appended:
            with growing.open("ab") as fh:
                fh.write(b"more bytes arriving from the copy")
            appended.append(done)

    result = ingest.ingest_files(workspace, incident, [growing, other], progress=progress)
    assert appended
    assert [f.path for f in result.failures] == [str(growing)]
    assert "changed while it was being read" in result.failures[0].reason
    assert [i.path for i in result.items] == [str(other)]
    assert_nothing_partial(workspace)
    assert len(list(workspace.blobs.names_on_disk())) == 1


def test_cancel_mid_file_leaves_no_blob_and_no_row(workspace: Workspace, incident: str,
                                                   tmp_path: Path) -> None:
    first = random_file(tmp_path / "first.bin", 50_000)
    big = random_file(tmp_path / "big.bin", 4 * MIB)
    last = random_file(tmp_path / "last.bin", 50_000)
    token = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if label == big.name and done > 50_000 + MIB:
            token.cancel()

    result = ingest.ingest_files(workspace, incident, [first, big, last], progress=progress,
                                 cancel=token)
    assert result.cancelled
    assert [i.path for i in result.items] == [str(first)]  # done before the cancel: kept
    assert not result.failures
    assert_nothing_partial(workspace)
    assert len(list(workspace.blobs.names_on_disk())) == 1
    with workspace.session(write=False) as s:
        assert len(s.exec(select(EvidenceItem)).all()) == 1
    assert verify.verify_workspace(workspace).ok


def test_a_derivative_points_at_its_parent(workspace: Workspace, incident: str,
                                           tmp_path: Path) -> None:
    original = synth.make_photo(tmp_path / "original.jpg", lat=21.9, lon=96.1)
    redacted = synth.make_photo(tmp_path / "redacted.jpg", seed=7)
    [parent] = ingest.ingest_files(workspace, incident, [original]).items
    [child] = ingest.ingest_files(workspace, incident, [redacted], parent_id=parent.item_id,
                                  derivative_kind="redacted").items
    child_row = items.get_item(workspace, child.item_id)
    assert child_row.parent_id == parent.item_id and child_row.derivative_kind == "redacted"
    assert items.get_item(workspace, parent.item_id).derivatives == [child.item_id]
    derive = [e for e in custody.history(workspace, parent.item_id) if e.action == "derive"]
    assert derive and derive[0].details == {"child_id": child.item_id,
                                            "child_sha256": child.sha256, "kind": "redacted"}
    with workspace.session(write=False) as s:
        attestation = s.exec(select(EvidenceItem.attestation)
                             .where(EvidenceItem.id == child.item_id)).one()
    assert b'"parent":{"hash":{"algorithm":"SHA-256","value":"' + parent.sha256.encode() \
        in attestation
    assert verify.verify_workspace(workspace).ok
    with pytest.raises(Exception, match="both its parent item and its kind"):
        ingest.ingest_files(workspace, incident, [redacted], parent_id=parent.item_id)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs (needs root, as on the project's machines); skipped where not allowed."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_is_a_clear_failure_and_leaves_nothing(tiny_disk: Path,
                                                           tmp_path: Path) -> None:
    store = BlobStore(tiny_disk, os.urandom(32))
    big = random_file(tmp_path / "big.mp4", 3 * MIB)
    small = random_file(tmp_path / "small.jpg", 10_000)
    with pytest.raises(IngestError, match="disk is full"):
        store.put_file(big)
    assert not list((store.root / "incoming").iterdir())
    stored = store.put_file(small)  # the space was given back
    assert store.read_bytes(stored.name) == small.read_bytes()


def test_a_full_disk_fails_one_file_during_ingest_and_the_rest_continue(
        workspace: Workspace, incident: str, tiny_disk: Path, tmp_path: Path) -> None:
    workspace.blobs.root = tiny_disk  # the blob folder on a nearly full disk
    small1 = random_file(tmp_path / "a.jpg", 20_000)
    big = random_file(tmp_path / "b.mp4", 3 * MIB)
    small2 = random_file(tmp_path / "c.jpg", 20_000)
    result = ingest.ingest_files(workspace, incident, [small1, big, small2])
    assert [Path(f.path).name for f in result.failures] == ["b.mp4"]
    assert "disk is full" in result.failures[0].reason
    assert [Path(i.path).name for i in result.items] == ["a.jpg", "c.jpg"]
    assert_nothing_partial(workspace)
    assert verify.verify_workspace(workspace, record=False).ok


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def cli(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    return ["--workspace", str(workspace.root)]


def test_cli_attach_prints_each_item_and_reports_failures(
        cli: list[str], incident: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    good = random_file(tmp_path / "witness-statement.txt", 3000)
    bad = tmp_path / "missing.jpg"
    code = main([*cli, "attach", incident, str(good), str(bad), "--acquired", "witness",
                 "--by", "KoAung", "--note", "given on a USB stick", "--device", "phone"])
    out, err = capsys.readouterr()
    assert code == 1
    sha = hashlib.sha256(good.read_bytes()).hexdigest()
    assert "EX-00001" in out and sha in out and "witness-statement.txt" in out
    assert "missing.jpg" in err and "No such file" in err
    code = main([*cli, "attach", incident, str(good)])
    out, _ = capsys.readouterr()
    assert code == 0 and "EX-00002" in out and "stored once" in out


def test_cli_attach_refuses_an_acquisition_time_without_zone_or_in_the_future(
        cli: list[str], incident: str, tmp_path: Path, workspace: Workspace,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A naive --acquired-at crashed the ingest with a database traceback (exit 1); it is now
    refused before anything is read or stored, as is a time in the future."""
    good = random_file(tmp_path / "witness-statement.txt", 300)
    for when, said in (("2023-04-11T11:02", "has no time zone"),
                       ("2099-01-01T10:00+06:30", "is in the future")):
        assert main([*cli, "attach", incident, str(good), "--acquired-at", when]) == 2
        assert said in capsys.readouterr().err
    assert items.list_items(workspace) == []
    assert main([*cli, "attach", incident, str(good), "--acquired-at",
                 "2023-04-11T11:02+06:30"]) == 0
    [item] = items.list_items(workspace)
    assert item.acquired_at is not None and item.acquired_at.utcoffset() is not None


def test_cli_attach_derivative_and_usage_errors(cli: list[str], incident: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    original = random_file(tmp_path / "o.wav", 3000)
    transcript = tmp_path / "t.txt"
    transcript.write_text("Transcript of the interview", "utf-8")
    assert main([*cli, "attach", incident, str(original)]) == 0
    assert main([*cli, "attach", incident, str(transcript), "--derived-from", "EX-00001",
                 "--derivative", "transcript"]) == 0
    capsys.readouterr()
    assert main([*cli, "attach", incident, str(transcript), "--derived-from", "EX-00001"]) == 2
    assert main([*cli, "attach", incident, str(transcript), "--acquired", "web"]) == 2
    assert "--url" in capsys.readouterr().err
    assert main([*cli, "attach", "no-such-incident", str(transcript)]) == 2  # bad input
    with pytest.raises(SystemExit) as usage:
        main([*cli, "attach", incident, str(transcript), "--acquired", "stolen"])
    assert usage.value.code == 2


def test_exhibit_numbers_keep_counting_past_99999(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text as sql

    from evidence_app.services import incidents, ingest
    from evidence_app.services.ingest import next_exhibit_number

    created = incidents.create_incident(workspace, incidents.parse_record({
        "title": "t", "acts": [{"violation": "AIR"}],
        "date": {"start": "2024-01-02"}, "place": {"state_region": "Sagaing"}}))
    files = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
        files.append(tmp_path / name)
    result = ingest.ingest_files(workspace, created.id, files)
    with workspace.engine.begin() as conn:
        for item, number in zip(result.items, ("EX-99999", "EX-100000"), strict=True):
            conn.execute(sql("UPDATE evidenceitem SET exhibit_number = :n WHERE id = :i"),
                         {"n": number, "i": item.item_id})
    with workspace.session() as session:
        assert next_exhibit_number(session) == "EX-100001"


@pytest.mark.parametrize(("labels", "following"), [
    (("EX-ZZZZZZZZZZZZZZZZZZZZZ", "EX-00003"), "EX-00004"),  # a label of another form
    (("EX-00012-R1", "EX-00013"), "EX-00014"),               # a suffixed label is longer
    (("ex-00090", "EX-7abc"), "EX-00008"),                   # only EX-<digits> counts
])
def test_labels_of_another_form_never_restart_the_numbering(
        workspace: Workspace, incident: str, tmp_path: Path, labels: tuple[str, str],
        following: str) -> None:
    # A bundle may bring any label. Once, an imported EX-ZZZ... made the next number EX-00001,
    # already taken, and every later ingest failed on the unique label.
    from sqlalchemy import text as sql

    first = ingest.ingest_files(workspace, incident, [random_file(tmp_path / f"{n}.bin", 100 + n)
                                                      for n in range(2)])
    with workspace.engine.begin() as conn:
        for item, label in zip(first.items, labels, strict=True):
            conn.execute(sql("UPDATE evidenceitem SET exhibit_number = :n WHERE id = :i"),
                         {"n": label, "i": item.item_id})
    later = ingest.ingest_files(workspace, incident, [random_file(tmp_path / f"{n}.bin", 200 + n)
                                                      for n in range(2, 4)])
    assert not later.failures
    number = int(following[3:])
    assert [i.exhibit_number for i in later.items] == [following, f"EX-{number + 1:05d}"]


def test_many_files_go_in_batches_with_bad_ones_reported_one_by_one(
        workspace: Workspace, incident: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "BATCH_FILES", 16)
    good = [random_file(tmp_path / f"photo-{n}.jpg", 2_000 + n) for n in range(40)]
    twice = random_file(tmp_path / "same.jpg", 5_000)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    paths = [*good[:10], empty, twice, *good[10:], tmp_path / "missing.jpg", twice]
    seen: list[str] = []
    result = ingest.ingest_files(workspace, incident, paths,
                                 progress=lambda _d, _t, label: seen.append(label))
    assert [f.path for f in result.failures] == [str(empty), str(tmp_path / "missing.jpg")]
    assert "empty" in result.failures[0].reason
    assert [i.path for i in result.items] == [str(p) for p in [*good[:10], twice, *good[10:],
                                                                 twice]]
    assert [i.exhibit_number for i in result.items] == [f"EX-{n:05d}" for n in range(1, 43)]
    assert [i.deduplicated for i in result.items].count(True) == 1
    assert {p.name for p in good} <= set(seen)  # progress per file
    assert_nothing_partial(workspace)
    assert len(list(workspace.blobs.names_on_disk())) == 41
    assert verify.verify_workspace(workspace).ok


def test_a_failed_batch_transaction_leaves_no_blob_of_the_batch(
        workspace: Workspace, incident: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = random_file(tmp_path / "first.jpg", 3_000)
    ingest.ingest_files(workspace, incident, [first])
    paths = [random_file(tmp_path / f"photo-{n}.jpg", 3_000) for n in range(5)]

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("the database refused the transaction")

    monkeypatch.setattr(ingest, "_record_one", broken)
    with pytest.raises(RuntimeError):
        ingest.ingest_files(workspace, incident, [*paths, first])
    assert_nothing_partial(workspace)
    assert len(list(workspace.blobs.names_on_disk())) == 1  # the earlier file's blob stays
    assert verify.verify_workspace(workspace).ok


def test_a_batch_the_disk_refuses_is_reported_for_each_of_its_files(
        workspace: Workspace, incident: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [random_file(tmp_path / f"photo-{n}.jpg", 3_000) for n in range(3)]
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    result = ingest.ingest_files(workspace, incident, paths)
    assert not result.items
    assert [f.path for f in result.failures] == [str(p) for p in paths]
    assert "nothing of this batch was stored" in result.failures[0].reason
    assert_nothing_partial(workspace)
    assert list(workspace.blobs.names_on_disk()) == []


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                    timezones=st.sampled_from([None, UTC,
                                               timezone(timedelta(hours=6, minutes=30)),
                                               timezone(timedelta(hours=-11))])))
@settings(max_examples=300, deadline=None)
def test_attestation_times_are_written_as_they_always_were(value: datetime) -> None:
    # Signed attestations hold these strings: the fast path must give strftime's exact text.
    utc = (value.replace(tzinfo=UTC) if value.tzinfo is None else value)
    expected = utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert ingest._iso(value) == expected
