"""The dossier's pure parts: numbering, redaction, the PDF signing key and its certificate,
how dates read, and the readiness rules."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from evidence_app.crypto.signing import PublicIdentity, SigningKey
from evidence_app.dossier import describe, numbering, readiness, signing
from evidence_app.dossier.content import (
    ActEntry,
    ExhibitEntry,
    IncidentEntry,
    PersonEntry,
    TranslationEntry,
    Verdict,
)
from evidence_app.dossier.redaction import NoRedaction, ProtectedPerson, Redactor
from evidence_app.dossier.words import Words


def test_dossier_id_depends_on_the_selection_only() -> None:
    one = numbering.dossier_id("case-1", ["b", "a", "c"], redacted=False)
    assert one == numbering.dossier_id("case-1", ["c", "a", "b", "a"], redacted=False)
    assert one != numbering.dossier_id("case-1", ["a", "b"], redacted=False)
    assert one != numbering.dossier_id(None, ["a", "b", "c"], redacted=False)
    assert numbering.dossier_id("case-1", ["a", "b", "c"], redacted=True) == one + "-R"
    assert one.startswith("DOS-") and len(one) == len("DOS-XXXX-XXXX-XXXX")


def test_ern_and_exhibit_numbers() -> None:
    assert numbering.page_ern("MMR-EA-0001", 42) == "MMR-EA-0001-0042"
    assert numbering.page_ern("MMR-EA-0001", 42, redacted=True) == "MMR-EA-0001-0042-R"
    assert numbering.page_ern("MMR-EA-0001", 12345) == "MMR-EA-0001-12345"
    assert numbering.exhibit_number(7) == "EXH-0007"
    with pytest.raises(ValueError):
        numbering.page_ern("MMR-EA-0001", 0)


def test_order_incidents_by_date_then_id_undated_last() -> None:
    order = numbering.order_incidents([("b", date(2023, 1, 2)), ("z", None),
                                       ("c", date(2023, 1, 1)), ("a", date(2023, 1, 2))])
    assert order == ["c", "a", "b", "z"]


def test_order_exhibits_by_incident_then_ingest_time_then_id() -> None:
    t1, t2 = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)
    items = [("x2", "inc-b", t1), ("x1", "inc-a", t2), ("x3", "inc-a", t1), ("x0", "inc-a", t1)]
    assert numbering.order_exhibits(items, ["inc-a", "inc-b"]) == ["x0", "x3", "x1", "x2"]
    assert numbering.number_exhibits(["x0", "x3"]) == {"x0": "EXH-0001", "x3": "EXH-0002"}


def test_redactor_replaces_names_their_short_forms_and_contacts() -> None:
    redactor = Redactor([
        ProtectedPerson("W-0001", "Daw Hnin Wai (fictional)", "+95 9 1234 5678"),
        ProtectedPerson("W-0002", "ဒေါ်ခင်မြသွေး", ""),
        ProtectedPerson("V-0003", "U Aye", ""),
    ])
    text = ("Daw Hnin Wai (fictional) saw it; later hnin  wai called +95 9 1234 5678. "
            "ဒေါ်ခင်မြသွေးက ပြောသည်။ ခင်မြသွေး လည်း။ U Aye was hurt. Ayeyarwady is a region.")
    out = redactor.text(text)
    assert "Hnin" not in out and "hnin" not in out and "1234" not in out
    assert "ခင်မြသွေး" not in out
    assert out.count("W-0001") == 3 and out.count("W-0002") == 2
    assert "[contact of W-0001 withheld]" in out
    assert "V-0003 was hurt" in out
    assert "Ayeyarwady" in out  # "Aye" alone is too short to replace; whole words only
    assert redactor.mentions(text.encode()) and not redactor.mentions("nothing here")
    assert NoRedaction().text(text) == text


def test_p256_key_is_derived_deterministically_from_the_identity() -> None:
    signer = SigningKey.generate()
    a, b = signing.derive_p256(signer.private_raw()), signing.derive_p256(signer.private_raw())
    assert isinstance(a.curve, ec.SECP256R1)
    assert a.private_numbers().private_value == b.private_numbers().private_value
    other = signing.derive_p256(SigningKey.generate().private_raw())
    assert other.private_numbers().private_value != a.private_numbers().private_value


def test_certificate_names_the_identity_and_binding_verifies() -> None:
    signer = SigningKey.generate()
    since = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    one = signing.make_identity(signer, alias="Advocate", organisation="Legal Desk",
                                since=since)
    two = signing.make_identity(signer, alias="Advocate", organisation="Legal Desk",
                                since=since)
    assert one.certificate_pem == two.certificate_pem  # same identity, same certificate
    cert = one.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Advocate"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == \
        "Legal Desk"
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == \
        signer.fingerprint
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    info = one.info
    assert PublicIdentity(signer.public.public_raw).verify(info.binding_signature,
                                                           info.binding_statement)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    assert hashlib.sha256(spki).hexdigest() == info.p256_spki_sha256
    assert info.p256_spki_sha256 in info.binding_statement.decode()
    assert signer.fingerprint in info.binding_statement.decode()


def _incident(**changes: object) -> IncidentEntry:
    base = IncidentEntry(
        id="i1", title="Title", narrative="Text", narrative_language="en", translations=(),
        date_start=date(2023, 11, 16), date_end=None, date_precision="day", time_local=None,
        date_basis="Witnesses", state_region="Sagaing", district=None, township="Kanbalu",
        village=None, village_tract=None, place_description="", latitude=23.0,
        longitude=95.0, accuracy_m=100, location_status="located", place_basis="",
        confidentiality="confidential", review_status="verified", signoff=None,
        acts=(ActEntry("AIR", "", ("8(2)(e)(i)",), (), ()),), people=())
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_dates_are_never_printed_without_their_precision() -> None:
    assert describe.incident_date(_incident(time_local="07:30", date_precision="exact")) == \
        "16 November 2023, 07:30 local time (exact time)"
    assert describe.incident_date(_incident(date_precision="month")) == \
        "November 2023 (to the month)"
    assert describe.incident_date(_incident(date_precision="range",
                                            date_end=date(2023, 11, 20))) == \
        "16 November 2023 to 20 November 2023 (a range of dates)"
    assert describe.incident_date(_incident(date_start=None, date_precision="unknown")) == \
        "Date unknown"


def _exhibit(**changes: object) -> ExhibitEntry:
    base = ExhibitEntry(
        exhibit_number="EXH-0001", item_id="x1", item_number="EX-00001", incident_id="i1",
        description="A photo", original_filename="a.jpg", media_type="image/jpeg", size=10,
        sha256="0" * 64, acquisition_method="field", source_url=None, acquired_by="Team",
        acquired_at=datetime(2023, 1, 1, tzinfo=UTC), acquisition_note="", device="",
        ingested_at=datetime(2023, 1, 2, tzinfo=UTC), ingested_tz="+06:30",
        app_version="0.1", signer_fingerprint="f" * 64, signer_alias="me",
        file_metadata={}, parent_id=None, derivative_kind=None, children=(),
        confidentiality="public", consent="given", graphic=False, attestation=b"{}",
        signature=b"s", verdict=Verdict("intact"), custody=())
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_readiness_rules() -> None:
    complete = readiness.check([_incident()], [_exhibit()])
    assert complete == []
    gaps = readiness.check(
        [_incident(narrative="ကျေးရွာ", narrative_language="my", review_status="draft",
                   translations=(TranslationEntry("my", "", "x", ""),),
                   people=(PersonEntry("W-1", "witness", "female", "not_asked"),))],
        [_exhibit(acquisition_method="web", source_url=None, consent="not_asked",
                  parent_id="elsewhere", derivative_kind="excerpt", acquired_by="",
                  acquired_at=None, verdict=Verdict("modified"))])
    codes = {g.code for g in gaps}
    assert codes == {"no_translation", "no_signoff", "consent_missing", "integrity",
                     "no_acquisition", "no_url", "original_missing"}
    assert gaps[0].subject_type == "incident" and gaps[0].severity == "high"


def test_readiness_says_stored_codes_in_words_in_both_languages() -> None:
    """Review statuses, verification verdicts, roles and derivative kinds are not quoted as
    codes ('returned', 'signature_invalid'): English says them in words, Burmese too."""
    gaps = readiness.check(
        [_incident(review_status="returned",
                   people=(PersonEntry("W-1", "witness", "female", "not_asked"),))],
        [_exhibit(parent_id="elsewhere", derivative_kind="redacted",
                  verdict=Verdict("signature_invalid"))])
    english = {g.code: g.message for g in gaps}
    assert english == {
        "no_signoff": "No review sign-off: the incident was returned to the documenter for "
                      "changes, not verified.",
        "consent_missing": "W-1 (witness): consent was not asked.",
        "integrity": "Failed verification at export: the signature is invalid.",
        "original_missing": "A derivative (redacted copy) whose full original is not in this "
                            "dossier: submit the original with it."}
    assert all(g.text(Words("en").translate) == g.message for g in gaps)
    my = Words("my").translate
    burmese = {g.code: g.text(my) for g in gaps}
    assert "မှတ်တမ်းတင်သူထံ ပြန်ပို့ထားပြီး" in burmese["no_signoff"]
    assert burmese["consent_missing"].startswith("W-1 (သက်သေ)")
    assert burmese["integrity"].endswith("လက်မှတ် မမှန်ကန်ပါ။")
    # The derivative's kind is a word of the custody vocabulary, translated in the sentence.
    assert f"({my('custody', 'redacted copy')})" in burmese["original_missing"]
    assert all(not text.isascii() and "redacted" not in text for text in burmese.values())
    # A code this version does not know is still shown, as it is.
    odd = readiness.check([_incident(review_status="archived")], [_exhibit()])
    assert [g.message for g in odd] == [
        "No review sign-off: the incident's review status is archived, not verified."]
    drafts = readiness.check([_incident(review_status="draft")],
                             [_exhibit(derivative_kind=None, parent_id="elsewhere")])
    assert [g.message for g in drafts] == [
        "No review sign-off: the incident is still a draft, not verified.",
        "A derivative whose full original is not in this dossier: submit the original with "
        "it."]


def test_kinds_articles_and_actor_classes_read_in_the_dossier_language() -> None:
    found = [("image", "image/jpeg"), ("other", "application/zip"), ("image", "image/png"),
             ("image", "image/jpeg"), ("document", "application/pdf"), ("odd", "x/y")]
    assert describe.media_kinds(found) == (
        "picture: 3 (image/jpeg 2, image/png 1); document: 1 (application/pdf); "
        "other: 2 (application/zip 1, x/y 1)")
    my = Words("my").translate
    assert describe.media_kinds(found[:2], my) == (
        "ဓာတ်ပုံ: 1 (image/jpeg); အခြား: 1 (application/zip)")
    assert describe.media_kinds([]) == ""
    assert describe.article("8(2)(e)(i)") == "Art. 8(2)(e)(i)"
    assert describe.article("8(2)(e)(i)", my) == "ပုဒ်မ 8(2)(e)(i)"
    assert describe.actor_class(1) == "ACLED class 1: State forces"
    assert describe.actor_class(7, my, "my") == "ACLED ပါဝင်သူ အမျိုးအစား 7: အရပ်သားများ"
    assert describe.actor_class(99, my, "my") == "ACLED ပါဝင်သူ အမျိုးအစား 99"
    assert describe.actor_class(None, my, "my") == ""


def test_breakable_offers_breaks_inside_long_hex_only() -> None:
    text = describe.breakable(f"sha256: {'ab' * 32}; id 1234")
    assert text.replace(describe.ZWSP, "") == f"sha256: {'ab' * 32}; id 1234"
    assert text.count(describe.ZWSP) == 3
