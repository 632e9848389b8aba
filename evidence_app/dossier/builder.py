"""Assembling the dossier: the order of its parts and the one layout pass.

Order (DOMAIN.md, "Dossiers"): cover sheet, contents, summary, index of exhibits, then per
incident its facts and acts followed by the sheets of its exhibits, then the appendices (custody
logs, public keys, readiness gaps) and the verification page. :func:`build_pdf` writes the
unsigned PDF to a stream and reports what the layout learnt: the page count and each
exhibit's ERN range.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from evidence_app.dossier import appendix, describe, exhibits, incidents, sections, verification
from evidence_app.dossier.content import (
    DossierContent,
    ExhibitPages,
    IncidentEntry,
    LayoutResult,
    PreviewFn,
)
from evidence_app.dossier.late import Anchor, Deferred, Registry
from evidence_app.dossier.layout import (
    Ctx,
    DossierDoc,
    PageStamp,
    ern_range,
    exhibit_keys,
    incident_key,
    make_styles,
)
from evidence_app.dossier.numbering import page_ern
from evidence_app.dossier.qr import Matrix
from evidence_app.dossier.qr import matrix as qr_matrix
from evidence_app.dossier.sections import TocEntry
from evidence_app.dossier.words import Words
from evidence_app.progress import CancelToken, ProgressFn, no_progress


def _toc(ctx: Ctx) -> list[TocEntry]:
    content, translate = ctx.content, ctx.translate
    entries = [TocEntry("summary", translate("dossier", "Summary"), 0),
               TocEntry("exhibit-index", translate("dossier", "Index of exhibits"), 0),
               TocEntry("incidents", translate("dossier", "Incidents and their exhibits"), 0)]
    for number, incident in enumerate(content.incidents, start=1):
        count = len(content.exhibits_of(incident.id))
        when = (incident.date_start.isoformat() if incident.date_start
                else translate("dossier", "undated"))
        entries.append(TocEntry(incident_key(incident.id), translate(
            "dossier", "{number}. {title} ({when}; {count} exhibit(s))").format(
                number=number, title=incident.title, when=when, count=count), 1))
    entries += [TocEntry("appendix-custody", translate("dossier", "Appendix A: custody logs"), 0),
                TocEntry("appendix-keys", translate("dossier", "Appendix B: signers' public keys"),
                         0),
                TocEntry("appendix-gaps", translate("dossier", "Appendix C: readiness gaps"), 0),
                TocEntry("verification", translate("dossier", "How to verify this dossier"), 0)]
    return entries


def story(ctx: Ctx) -> list[Flowable]:
    """The dossier's flowables; incidents and appendices stay placeholders until laid out."""
    c = ctx.content
    flow: list[Flowable] = []
    flow += sections.cover(ctx, total_size=sum(e.size for e in c.exhibits))
    flow += sections.contents(ctx, _toc(ctx))
    flow += sections.summary(ctx)
    flow += sections.exhibit_index(ctx)
    flow.append(Anchor(ctx.registry, "incidents",
                       outline=ctx.translate("dossier", "Incidents and their exhibits")))
    for number, incident in enumerate(c.incidents, start=1):
        flow.append(Deferred(partial(_incident_and_exhibits, ctx, incident, number)))
    flow.append(Deferred(partial(appendix.custody_log_head, ctx)))
    step = 25
    for start in range(0, len(c.exhibits), step):
        flow.append(Deferred(partial(appendix.custody_log_part, ctx,
                                     c.exhibits[start:start + step])))
    flow.append(PageBreak())
    flow.append(Deferred(partial(appendix.public_keys, ctx)))
    flow.append(Deferred(partial(appendix.readiness_annex, ctx)))
    flow.append(Deferred(partial(verification.verification_page, ctx)))
    return flow


def _incident_and_exhibits(ctx: Ctx, incident: IncidentEntry, number: int) -> list[Flowable]:
    flow = incidents.incident_pages(ctx, incident, number)
    for e in ctx.content.exhibits_of(incident.id):
        flow += exhibits.exhibit_sheet(ctx, e, incident.title)
    return flow


def build_pdf(content: DossierContent, out: BinaryIO, preview: PreviewFn, *,
              progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
              progress_base: int = 0, progress_total: int | None = None,
              qr: Callable[[str], Matrix] = qr_matrix) -> LayoutResult:
    """Lay the dossier out and write the unsigned PDF to ``out``.

    ``qr`` gives the QR code of an exhibit's SHA-256 (the caller may have them made ahead,
    :class:`evidence_app.dossier.qr.QrMatrices`).

    Progress advances by one per incident and exhibit laid out, from ``progress_base`` (so a
    caller can fold it into a larger operation). Raises :class:`Cancelled` from inside the
    layout when ``cancel`` is set; ``out`` then holds a partial file the caller discards.
    """
    steps = [0]
    total = progress_total or (progress_base + len(content.incidents) + len(content.exhibits))

    def on_tick(label: str) -> None:
        if label.startswith(("Incident", "Exhibit")):
            steps[0] += 1
        progress(progress_base + steps[0], total, f"Laying out: {label}")

    registry = Registry(on_tick=on_tick, cancel=cancel)
    words = Words(content.language)
    stamp = PageStamp(ern_prefix=content.ern_prefix, redacted=content.redacted,
                      dossier_id=content.dossier_id,
                      date=content.created_at.strftime("%Y-%m-%d"),
                      marking=describe.marking_text(content.marking, words.translate),
                      case_reference=content.case.reference,
                      case_label=words.translate("dossier", "Case"),
                      dossier_label=words.translate("dossier", "Dossier"),
                      page_label=words.translate("dossier", "Page"))
    styles = make_styles()
    ctx = Ctx(content=content, styles=styles, registry=registry, stamp=stamp, preview=preview,
              words=words, qr=qr)
    # Document properties in the dossier's language too; the id and the case reference are
    # identifiers, kept as they are.
    title = words.translate("dossier", "Evidence dossier {id} – {case}").format(
        id=content.dossier_id, case=content.case.reference)
    doc = DossierDoc(out, stamp, registry, styles, title=title,
                     author=content.pdf_signer.alias if content.pdf_signer else "",
                     subject=stamp.marking)
    # Embed pictures as binary streams, not ASCII85 text: a quarter smaller, and reportlab's
    # pure-Python ASCII85 encoder would cost more than the layout of the page around them.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build_story(story(ctx))
    finally:
        rl_config.useA85 = saved_a85
    pages = []
    for e in content.exhibits:
        start, end = exhibit_keys(e.item_id)
        first = registry.page_of(start)
        last = registry.page_of(end) or first
        if first is None or last is None:
            raise RuntimeError(f"exhibit {e.exhibit_number} was not laid out")
        pages.append(ExhibitPages(
            e.exhibit_number, e.item_id,
            page_ern(content.ern_prefix, first, redacted=content.redacted),
            page_ern(content.ern_prefix, last, redacted=content.redacted)))
    return LayoutResult(pages=registry.pages, exhibits=tuple(pages))


__all__ = ["build_pdf", "ern_range", "story"]
