"""Dossier export, checked with real tools: poppler (pdfinfo, pdftotext, pdfdetach, pdfsig),
qpdf, pyHanko's validator and openssl, on a real workspace with Burmese and English records
and generated evidence ingested through the real ingest path.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from evidence_app.dossier import signing
from evidence_app.errors import Cancelled, UsageError
from evidence_app.media import synth
from evidence_app.model.schemas import CaseCreate
from evidence_app.progress import CancelToken
from evidence_app.services import cases, dossier, incidents, ingest, items, keys
from evidence_app.services.workspace import Workspace

TOOLS = ("pdfinfo", "pdftotext", "pdfdetach", "qpdf")
needs_tools = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                 reason="poppler-utils and qpdf are needed")

PREFIX = "MMR-EA-0001"
BURMESE_NARRATIVE = (
    "၂၀၂၃ ခုနှစ် နိုဝင်ဘာလ ၁၆ ရက် နံနက် ၇ နာရီ ၃၀ မိနစ်ခန့်တွင် စစ်ဂျက်လေယာဉ် တစ်စင်းသည် "
    "ကန့်ဘလူမြို့နယ်၊ ကျွန်းပင်ဆိပ်ရွာ အရှေ့ဘက်ရှိ ဈေးနှင့် မူလတန်းကျောင်းအနီးသို့ "
    "ဗုံးနှစ်လုံး ကြဲချခဲ့သည်။ အရပ်သား ငါးဦး သေဆုံးခဲ့ပြီး ၎င်းတို့အနက် ကလေး နှစ်ဦး ပါဝင်သည်။ "
    "ဒေါ်ခင်မြသွေး က ကျောင်းဘက်မှ ပေါက်ကွဲသံ နှစ်ချက် ကြားခဲ့ကြောင်း ပြောသည်။ "
    "ဗုဒ္ဓဘာသာကျောင်းနှင့်သတ္တဝါများလည်းထိခိုက်ခဲ့ကြောင်းဓာတ်ပုံနှင့်ဗီဒီယိုမှတ်တမ်းများဖြင့်အတည်ပြုထားသည်။"
)
ENGLISH_NARRATIVE = (
    "At about 07:30 a jet aircraft dropped two bombs near the market and the primary school. "
    "Daw Khin Mya Thwe heard two explosions from the school. Five civilians were killed.")
WITNESS_NAME = "Daw Khin Mya Thwe"
WITNESS_NAME_MY = "ဒေါ်ခင်မြသွေး"
VICTIM_NAME = "U Tun Lin Aung"
CONTACT = "+95 9 4500 12345"


@dataclass
class Built:
    case_id: str
    incident_ids: list[str]
    public_items: list[str]
    confidential_items: list[str]
    photo_path: Path


def build(ws: Workspace, folder: Path) -> Built:
    """A case with three incidents (Burmese, English, undated Burmese) and five exhibits."""
    case = cases.create_case(ws, CaseCreate(
        reference="MMR-2023-TEST", title="Attacks on Kanbalu Township (test case)",
        ern_prefix=PREFIX, organisation="Test Documentation Network",
        contact="desk@example.org", confidentiality="confidential"))
    first = incidents.create_incident(ws, incidents.parse_record({
        "title": "ကျွန်းပင်ဆိပ်ရွာ လေကြောင်းတိုက်ခိုက်မှု",
        "narrative": BURMESE_NARRATIVE, "narrative_language": "my",
        "translations": [{"language": "en", "title": "Airstrike on Kyun Pin Seik",
                          "narrative": ENGLISH_NARRATIVE, "translator": "Desk"}],
        "date": {"start": "2023-11-16", "precision": "exact", "time": "07:30",
                 "basis": "Two witnesses."},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Kyun Pin Seik",
                  "latitude": 23.2641, "longitude": 95.4738, "accuracy_m": 100},
        "acts": [{"violation": "AIR", "description": "Two bombs dropped.",
                  "characterizations": ["8(2)(e)(i)", "7(1)(a)"],
                  "perpetrators": [{"name": "Myanmar Air Force", "actor_class": 1}],
                  "victims": [{"outcome": "killed", "count": 5}]}],
        "people": [
            {"pseudonym": "W-0101", "role": "witness", "real_name": WITNESS_NAME,
             "age": 41, "ethnicity": "Shanni", "contact": CONTACT, "consent": "given"},
            {"pseudonym": "W-0102", "role": "witness", "real_name": WITNESS_NAME_MY,
             "consent": "given"},
            {"pseudonym": "V-0103", "role": "victim", "real_name": VICTIM_NAME,
             "consent": "not_asked"}],
        "confidentiality": "confidential", "cases": [case.id]}))
    second = incidents.create_incident(ws, incidents.parse_record({
        "title": "Displacement after the airstrike", "narrative": ENGLISH_NARRATIVE,
        "date": {"start": "2023-11-01", "precision": "month"},
        "place": {"state_region": "Sagaing", "status": "cannot_locate"},
        "acts": [{"violation": "DSP", "victims": [{"outcome": "displaced", "count": 900}]}],
        "cases": [case.id]}))
    third = incidents.create_incident(ws, incidents.parse_record({
        "title": "ဇီးဖြူကန်ရွာ မီးရှို့ခံရမှု", "narrative": BURMESE_NARRATIVE,
        "narrative_language": "my", "acts": [{"violation": "BRN"}], "cases": [case.id]}))
    photo = synth.make_photo(folder / "IMG_0742.jpg", lat=23.2643, lon=95.4741,
                             taken=datetime(2023, 11, 16, 1, 12, tzinfo=UTC), seed=3)
    statement = synth.make_statement(folder / "W-0101_statement.txt", BURMESE_NARRATIVE)
    report = synth.make_pdf_document(folder / "report.pdf", "Situation report", ["Line one."])
    when = datetime(2023, 11, 19, tzinfo=UTC)

    def add(incident_id: str, path: Path, **acq: Any) -> str:
        result = ingest.ingest_files(ws, incident_id, [path], ingest.Acquisition(**acq))
        assert not result.failures, result.failures
        return result.items[0].item_id

    photo_id = add(first.id, photo, acquired_by="Field team", acquired_at=when,
                   description="Crater on the market ground.", confidentiality="public",
                   consent="not_applicable")
    statement_id = add(first.id, statement, method="witness", acquired_by=WITNESS_NAME,
                       acquired_at=when, description=f"Statement of {WITNESS_NAME}.",
                       confidentiality="confidential", consent="given")
    report_id = add(second.id, report, method="web", url="https://example.org/report",
                    acquired_by="Desk", acquired_at=when, description="Web report.",
                    confidentiality="public")
    sealed = synth.make_photo(folder / "IMG_0743.jpg", seed=5, width=320, height=240)
    sealed_id = add(second.id, sealed, acquired_by="Field team", acquired_at=when,
                    description="A photo kept under seal.", confidentiality="under_seal")
    third_photo = synth.make_photo(folder / "IMG_0900.jpg", seed=9, width=640, height=480)
    third_id = add(third.id, third_photo, description="", confidentiality="public")
    return Built(case.id, [first.id, second.id, third.id], [photo_id, report_id, third_id],
                 [statement_id, sealed_id], photo)


def pdftotext_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                         text=True).stdout
    return out.split("\f")[:-1]


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def outline_titles(path: Path) -> list[str]:
    with path.open("rb") as handle:
        root = PdfFileReader(handle).root
        titles = []

        def walk(node: object) -> None:
            while node is not None:
                entry = node.get_object()  # type: ignore[attr-defined]
                titles.append(str(entry["/Title"]))
                if "/First" in entry:
                    walk(entry["/First"])
                node = entry.get("/Next")

        walk(root["/Outlines"]["/First"])
    return titles


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def built(workspace: Workspace, tmp_path: Path) -> Built:
    folder = tmp_path / "files"
    folder.mkdir()
    return build(workspace, folder)


@needs_tools
def test_signed_dossier_checks_out_with_standard_tools(workspace: Workspace, built: Built,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    seen: list[tuple[int, int, str]] = []
    result = dossier.export_dossier(workspace, case=built.case_id, output=out,
                                    progress=lambda d, t, label: seen.append((d, t, label)))
    data = out.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.sha256
    assert seen and seen[-1][0] == seen[-1][1]

    # Pages: pdfinfo agrees, and every page carries its own ERN, the id, date, marking, n/N.
    pages = pdftotext_pages(out)
    assert page_count(out) == result.pages == len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"{PREFIX}-{number:04d}" in text
        assert result.dossier_id in text
        assert f"Page {number}/{result.pages}" in text
        assert "CONFIDENTIAL" in text or "UNDER SEAL" in text

    # qpdf finds the structure sound.
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    # Bookmarks: the parts, every incident and every exhibit.
    titles = outline_titles(out)
    for title in ("Cover sheet", "Contents", "Summary", "Index of exhibits",
                  "Appendix A: custody logs", "How to verify this dossier"):
        assert title in titles
    assert sum(1 for t in titles if t.startswith("EXH-")) == len(result.exhibits) == 5
    assert any("ကျွန်းပင်ဆိပ်ရွာ" in t for t in titles)

    # Each exhibit sheet starts on its first ERN and shows the stored SHA-256.
    for pages_of in result.exhibits:
        item = items.get_item(workspace, pages_of.item_id)
        first = int(pages_of.ern_first.rsplit("-", 1)[1])
        sheet = pages[first - 1]
        assert f"Exhibit {pages_of.exhibit_number}" in sheet
        assert item.sha256 in sheet
    photo = items.get_item(workspace, built.public_items[0])
    assert photo.sha256 == hashlib.sha256(built.photo_path.read_bytes()).hexdigest()

    # Burmese comes back as logical text, narrative and names in narrow table cells alike.
    everything = squash("".join(pages))
    assert squash(BURMESE_NARRATIVE) in everything
    assert WITNESS_NAME_MY in everything
    assert squash(ENGLISH_NARRATIVE) in everything

    # The PDF signature validates with the certificate derived, here, from the workspace's
    # Ed25519 key as the only trust root.
    # The certificate names the person and their team, never the case (stable per identity).
    me = keys.my_identity(workspace)
    identity = signing.make_identity(workspace.signer, alias=workspace.alias,
                                     organisation=me.team or "", since=me.added_at)
    derived = asn1_x509.Certificate.load(
        identity.certificate.public_bytes(serialization.Encoding.DER))
    with out.open("rb") as handle:
        reader = PdfFileReader(handle)
        (embedded,) = reader.embedded_signatures
        assert embedded.signer_cert.dump() == derived.dump()
        status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[derived]))
        assert status.intact and status.valid and status.trusted
        assert status.coverage is not None and status.coverage.name == "ENTIRE_FILE"

    # Every included exhibit's custody now records this export with the file's SHA-256.
    for pages_of in result.exhibits:
        last = items.item_custody(workspace, pages_of.item_id)[-1]
        assert last.action == "export"
        assert last.details["dossier_sha256"] == result.sha256
        assert last.details["ern_first"] == pages_of.ern_first


@pytest.mark.skipif(shutil.which("openssl") is None or shutil.which("pdfdetach") is None,
                    reason="openssl and poppler-utils are needed")
def test_attachments_verify_with_openssl(workspace: Workspace, built: Built,
                                         tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    result = dossier.export_dossier(workspace, case=built.case_id, output=out)
    files = tmp_path / "attached"
    files.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(files), str(out)], check=True)
    exhibit = next(e for e in result.exhibits if e.item_id == built.public_items[0])
    stem = files / exhibit.exhibit_number
    key = files / f"signer-{workspace.fingerprint[:16]}.pem"

    def verify(message: Path, signature: Path) -> str:
        done = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(key),
                               "-rawin", "-in", str(message), "-sigfile", str(signature)],
                              capture_output=True, text=True)
        return done.stdout + done.stderr

    assert "Signature Verified Successfully" in verify(
        Path(f"{stem}.attestation.json"), Path(f"{stem}.attestation.json.sig"))
    assert hashlib.sha256(built.photo_path.read_bytes()).hexdigest() in Path(
        f"{stem}.attestation.json").read_text()
    # First custody event: the line's SHA-256 is the listed hash; its signature verifies.
    line = Path(f"{stem}.custody.jsonl").read_bytes().split(b"\n")[0]
    seq, event_hash, signature_hex, key_name = Path(f"{stem}.custody.sigs.txt").read_text() \
        .splitlines()[0].split()
    assert seq == "1" and key_name == key.name
    assert hashlib.sha256(line).hexdigest() == event_hash
    (tmp_path / "event.json").write_bytes(line)
    (tmp_path / "event.sig").write_bytes(bytes.fromhex(signature_hex))
    assert "Signature Verified Successfully" in verify(tmp_path / "event.json",
                                                       tmp_path / "event.sig")
    # The binding statement ties the PDF key to the Ed25519 identity.
    assert "Signature Verified Successfully" in verify(
        files / "pdf-signing-key-binding.txt", files / "pdf-signing-key-binding.txt.sig")
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in report


@needs_tools
def test_numbering_is_stable_on_reexport(workspace: Workspace, built: Built,
                                         tmp_path: Path) -> None:
    first = dossier.export_dossier(workspace, case=built.case_id, output=tmp_path / "a.pdf")
    # The same selection given as incidents, in another order: same case, same numbers.
    again = dossier.export_dossier(workspace, incident_ids=list(reversed(built.incident_ids)),
                                   output=tmp_path / "b.pdf")
    assert again.dossier_id == first.dossier_id
    assert again.exhibits == first.exhibits
    assert [e.exhibit_number for e in first.exhibits] == [f"EXH-{i:04d}" for i in range(1, 6)]
    # Exhibits follow the incidents by date: the month-precise one (1 Nov) comes first.
    by_item = {e.item_id: e.exhibit_number for e in first.exhibits}
    assert by_item[built.public_items[1]] < by_item[built.public_items[0]]
    subset = dossier.export_dossier(workspace, incident_ids=built.incident_ids[:1],
                                    output=tmp_path / "c.pdf")
    assert subset.dossier_id != first.dossier_id


@needs_tools
def test_redacted_version_names_no_one(workspace: Workspace, built: Built,
                                       tmp_path: Path) -> None:
    original = dossier.export_dossier(workspace, case=built.case_id,
                                      output=tmp_path / "full.pdf")
    full_text = "".join(pdftotext_pages(tmp_path / "full.pdf"))
    assert WITNESS_NAME in full_text and CONTACT in full_text  # the unredacted one does
    out = tmp_path / "redacted.pdf"
    result = dossier.export_dossier(workspace, case=built.case_id, output=out, redacted=True)
    assert result.dossier_id == original.dossier_id + "-R"
    pages = pdftotext_pages(out)
    text = "".join(pages)
    squashed = squash(text)
    for secret in (WITNESS_NAME, "Khin Mya Thwe", VICTIM_NAME, "Tun Lin Aung", CONTACT,
                   "Shanni"):
        assert secret not in text
    assert squash(WITNESS_NAME_MY) not in squashed
    assert "W-0101" in text and "W-0102" in text
    assert f"redacted version {result.dossier_id} of dossier {original.dossier_id}" in \
        " ".join(text.split())
    for number, page in enumerate(pages, start=1):
        assert f"{PREFIX}-{number:04d}-R" in page
    # Confidential and under-seal exhibits are left out, their numbers kept as withheld.
    included = {e.item_id for e in result.exhibits}
    assert included == set(built.public_items)
    assert len(result.withheld) == 2
    for item_id in built.confidential_items:
        assert items.get_item(workspace, item_id).sha256 not in text
    # No attached file names a protected person either.
    files = tmp_path / "attached"
    files.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(files), str(out)], check=True)
    for attached in files.iterdir():
        body = attached.read_bytes()
        assert WITNESS_NAME.encode() not in body
        assert WITNESS_NAME_MY.encode() not in body


def test_readiness_lists_berkeley_and_leiden_gaps(workspace: Workspace, built: Built) -> None:
    gaps = dossier.readiness(workspace, case=built.case_id)
    codes = {(g.subject_id, g.code) for g in gaps}
    first, second, third = built.incident_ids
    assert (first, "consent_missing") in codes  # V-0103: consent not asked
    assert (first, "no_signoff") in codes
    assert (second, "cannot_locate") in codes
    assert (second, "date_vague") in codes
    assert (third, "date_unknown") in codes
    assert (third, "no_place") in codes
    assert (third, "no_translation") in codes
    assert (first, "no_translation") not in codes  # it has an English translation
    assert (built.public_items[2], "no_acquisition") in codes
    assert (built.public_items[2], "no_description") in codes
    assert all(g.severity in ("high", "medium", "low") for g in gaps)
    assert dossier.readiness(workspace, [first]) == [g for g in gaps if g.subject_id in
                                                    {first, *built.public_items[:1],
                                                     built.confidential_items[0]}]


def test_cancel_leaves_nothing_behind(workspace: Workspace, built: Built,
                                      tmp_path: Path) -> None:
    out = tmp_path / "out" / "dossier.pdf"
    out.parent.mkdir()
    token = CancelToken()
    before = {i: len(items.item_custody(workspace, i)) for i in built.public_items}

    def progress(done: int, total: int, label: str) -> None:
        if label.startswith("Laying out: Exhibit"):
            token.cancel()

    with pytest.raises(Cancelled):
        dossier.export_dossier(workspace, case=built.case_id, output=out, progress=progress,
                               cancel=token)
    assert list(out.parent.iterdir()) == []
    assert before == {i: len(items.item_custody(workspace, i)) for i in built.public_items}


def test_refuses_to_overwrite_or_to_write_a_non_pdf(workspace: Workspace, built: Built,
                                                    tmp_path: Path) -> None:
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"an earlier signed dossier")
    with pytest.raises(UsageError):
        dossier.export_dossier(workspace, case=built.case_id, output=existing)
    assert existing.read_bytes() == b"an earlier signed dossier"
    with pytest.raises(UsageError):
        dossier.export_dossier(workspace, case=built.case_id, output=tmp_path / "x.txt")
    unsigned = dossier.export_dossier(workspace, case=built.case_id, output=existing,
                                      overwrite=True, sign=False)
    assert not unsigned.signed
    with existing.open("rb") as handle:
        assert not PdfFileReader(handle).embedded_signatures
