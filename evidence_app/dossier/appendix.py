"""The appendices: every exhibit's full custody log, the signers' public keys with the binding
of the PDF signing key, and the readiness gaps against the Berkeley Protocol and the Leiden
Guidelines.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from evidence_app.dossier import describe
from evidence_app.dossier.content import ExhibitEntry, Gap
from evidence_app.dossier.exhibits import custody_rows
from evidence_app.dossier.late import Anchor
from evidence_app.dossier.layout import FRAME_WIDTH, Ctx
from evidence_app.dossier.tables import Fixed, grid, sheet
from evidence_app.dossier.words import QT_TRANSLATE_NOOP, Translate

SEVERITY = {"high": QT_TRANSLATE_NOOP("describe", "HIGH"),
            "medium": QT_TRANSLATE_NOOP("describe", "medium"),
            "low": QT_TRANSLATE_NOOP("describe", "low")}
SUBJECTS = {"incident": QT_TRANSLATE_NOOP("describe", "incident"),
            "exhibit": QT_TRANSLATE_NOOP("describe", "exhibit")}


# What a gap's standard says besides the standard's name (names stay as published).
_STANDARD_WORDS = (("(authenticity)", QT_TRANSLATE_NOOP("readiness", "authenticity")),
                   ("(chain of custody)", QT_TRANSLATE_NOOP("readiness", "chain of custody")),
                   ("(reviewer's hypothesis)",
                    QT_TRANSLATE_NOOP("readiness", "reviewer's hypothesis")),
                   (" para ", QT_TRANSLATE_NOOP("readiness", "para")))


def standard_text(standard: str, translate: Translate) -> str:
    """A gap's standard in the dossier's language: the standard's own name as published, the
    words around it (what it is about, "para") translated."""
    for english, source in _STANDARD_WORDS:
        if english in standard:
            said = translate("readiness", source)
            standard = standard.replace(
                english, f" {said} " if english.startswith(" ") else f"({said})")
    return standard


def custody_log_head(ctx: Ctx) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    return [
        Anchor(ctx.registry, "appendix-custody",
               outline=translate("dossier", "Appendix A: custody logs"),
               tick="Appendix A"),
        s.fixed(translate("dossier", "Appendix A: full custody log of every exhibit"), s.h1),
        s.fixed(translate(
            "dossier", "Each event is signed by its actor's Ed25519 key. Its hash is the SHA-256 "
            "of the event's canonical JSON (RFC 8785), which also names the hash of the event "
            "before it, so removing or changing an event breaks the chain. The signed events "
            "are attached to this PDF (EXH-nnnn.custody.jsonl) and can be checked with openssl "
            "(see 'How to verify this dossier')."), s.small),
    ]


def custody_log_part(ctx: Ctx, part: Sequence[ExhibitEntry]) -> list[Flowable]:
    """The custody logs of some exhibits (the appendix is laid out a part at a time)."""
    s, translate = ctx.styles, ctx.translate
    story: list[Flowable] = []
    for e in part:
        story.append(CondPageBreak(80))
        story.append(s.fixed(f"{e.exhibit_number} · SHA-256 {e.sha256}", s.h3))
        if not e.custody:
            story.append(s.fixed(translate("dossier", "No custody event recorded."), s.small))
            continue
        rows = custody_rows(ctx, e.custody)
        for row, ev in zip(rows, e.custody, strict=True):
            first = ""
            if ev.subject_seq == 1:
                first = (translate("dossier",
                                   "; first event of the chain (previous hash: 64 zeros)")
                         if ev.prev_hash == "0" * 64 else translate(
                             "dossier", "; first event, previous {hash}").format(
                                 hash=ev.prev_hash))
            row[-1] = describe.breakable(translate(
                "dossier", "{details} · event hash {hash}{first}").format(
                    details=row[-1], hash=ev.hash, first=first))
        story.append(grid(s, ["#", translate("dossier", "Time (UTC)"), translate("dossier", "By"),
                              translate("dossier", "Action"),
                              translate("dossier", "Details and event hash")],
                          rows, [18, 84, 74, 40, FRAME_WIDTH - 216]))
    return story


def public_keys(ctx: Ctx) -> list[Flowable]:
    c, s, translate = ctx.content, ctx.styles, ctx.translate
    story: list[Flowable] = [
        Anchor(ctx.registry, "appendix-keys",
               outline=translate("dossier",
                                 translate("dossier", "Appendix B: signers' public keys")),
               tick="Appendix B"),
        s.fixed(translate("dossier", "Appendix B: signers' public keys"), s.h1),
        s.fixed(translate(
            "dossier", "A fingerprint is the SHA-256 of the raw 32-byte Ed25519 public key. "
            "Compare it with the one the signer gave you in person or by phone before trusting "
            "a key. Each key is also attached to this PDF as signer-<first 16 digits>.pem."),
            s.small),
    ]
    for signer in c.signers:
        rows: list[tuple[str, str | Flowable | None]] = [
            (translate("dossier", "Alias"), signer.alias),
            (translate("dossier", "Fingerprint (SHA-256)"), Fixed(signer.fingerprint)),
            (translate("dossier", "Trust in the exporting workspace"), Fixed(signer.trust)),
        ]
        pem = [s.fixed(line, s.hash) for line in signer.public_key_pem.strip().splitlines()]
        rows.append((translate("dossier", "Public key (PEM)"), pem))
        story.append(KeepTogether([s.p(signer.alias, s.h3), sheet(s, rows, label_width=150)]))
    signer_info = c.pdf_signer
    story.append(CondPageBreak(200))
    story.append(s.fixed(translate("dossier", "The key that signed this PDF"), s.h2))
    if signer_info is None:
        story.append(s.fixed(translate("dossier",
                                       "This dossier was exported without a PDF signature."),
                             s.small))
        story.append(PageBreak())
        return story
    story.append(s.fixed(translate(
        "dossier",
        "PDF signatures need ECDSA P-256 (many validators refuse Ed25519), so the signer's "
        "P-256 key is derived from their Ed25519 key (HKDF-SHA-256, info \"evidence-app "
        "pdf-signing p256 v1\") and certified by itself. The statement below, signed with the "
        "Ed25519 key above, binds the two: whoever trusts the Ed25519 fingerprint can trust "
        "the PDF signature. It is attached as pdf-signing-key-binding.txt with its raw "
        "signature pdf-signing-key-binding.txt.sig."), s.small))
    statement = [s.fixed(line, s.hash)
                 for line in signer_info.binding_statement.decode("utf-8").splitlines()]
    pem = [s.fixed(line, s.hash) for line in signer_info.p256_public_pem.strip().splitlines()]
    rows2: list[tuple[str, str | Flowable | None]] = [
        (translate("dossier", "Signer"), signer_info.alias),
        (translate("dossier", "Ed25519 fingerprint"), Fixed(signer_info.ed25519_fingerprint)),
        (translate("dossier", "P-256 public key (PEM)"), pem),
        (translate("dossier", "SHA-256 of the P-256 key (SubjectPublicKeyInfo)"),
         Fixed(signer_info.p256_spki_sha256)),
        (translate("dossier", "SHA-256 of the certificate (DER)"),
         Fixed(signer_info.certificate_sha256)),
        (translate("dossier", "Binding statement"), statement),
        (translate("dossier", "Ed25519 signature of the statement (hex)"),
         Fixed(signer_info.binding_signature.hex())),
    ]
    story.append(sheet(s, rows2, label_width=150))
    story.append(PageBreak())
    return story


def readiness_annex(ctx: Ctx) -> list[Flowable]:
    c, s, translate = ctx.content, ctx.styles, ctx.translate
    story: list[Flowable] = [
        Anchor(ctx.registry, "appendix-gaps",
               outline=translate("dossier", "Appendix C: readiness gaps"),
               tick="Appendix C"),
        s.fixed(translate("dossier", "Appendix C: what the record lacks (readiness check)"), s.h1),
        s.fixed(translate(
            "dossier", "Checked at export against the per-item record of the Berkeley Protocol "
            "on Digital Open Source Investigations and the Leiden Guidelines on the Use of "
            "Digitally Derived Evidence. The dossier was exported with these gaps; they are "
            "listed so that the reader can weigh each exhibit."), s.small),
        Spacer(1, 4),
    ]
    if not c.gaps:
        story.append(s.fixed(translate("dossier", "No gap was found."), s.body))
        story.append(PageBreak())
        return story
    counts: dict[str, int] = defaultdict(int)
    for gap in c.gaps:
        counts[gap.severity] += 1
    story.append(s.fixed(translate("dossier", "{counts} severity gap(s).").format(
        counts=", ".join(f"{counts[k]} {ctx.label(SEVERITY, k)}" for k in SEVERITY
                         if counts[k])),
        s.body))
    grouped: dict[tuple[str, str], list[Gap]] = defaultdict(list)
    for gap in c.gaps:
        grouped[(gap.subject_type, gap.label)].append(gap)
    rows = []
    for (kind, label), gaps in grouped.items():
        for i, gap in enumerate(gaps):
            rows.append([f"{ctx.label(SUBJECTS, kind)} {label}" if i == 0 else "",
                         Fixed(ctx.label(SEVERITY, gap.severity)), gap.text(ctx.translate),
                         Fixed(standard_text(gap.standard, ctx.translate))])
    story.append(grid(s, [translate("dossier", "Subject"), translate("dossier", "Severity"),
                          translate("dossier", "What is missing"),
                          translate("dossier", "Standard")], rows,
                      [120, 56, 196, 110]))
    story.append(PageBreak())
    return story
