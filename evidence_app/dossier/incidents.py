"""One incident's pages: the facts, the acts with their candidate legal characterizations,
the people involved, and the exhibits supporting it.

Narratives are printed in their original language first and then every translation, each
labelled, because a translation is a derivative of the witness's words, not a replacement
(Leiden Guidelines). Characterizations are printed with the taxonomy's article titles and
called what they are: a reviewer's hypothesis.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from evidence_app.dossier import describe
from evidence_app.dossier.content import ActEntry, IncidentEntry
from evidence_app.dossier.late import Anchor
from evidence_app.dossier.layout import FRAME_WIDTH, Ctx, exhibit_keys, incident_key
from evidence_app.dossier.tables import Fixed, grid, sheet

Row = tuple[str, str | Flowable | None]


def incident_pages(ctx: Ctx, incident: IncidentEntry, number: int) -> list[Flowable]:
    """The incident's facts; its exhibit sheets follow (built by :mod:`exhibits`)."""
    s, translate = ctx.styles, ctx.translate
    total = len(ctx.content.incidents)
    key = incident_key(incident.id)
    story: list[Flowable] = [
        Anchor(ctx.registry, key, outline=_outline_title(incident, number), level=1,
               closed=True, tick=f"Incident {number}/{total}"),
        s.fixed(translate("dossier", "Incident {number} of {total}").format(
            number=number, total=total), s.small),
        s.p(incident.title, s.h1),
    ]
    story.append(sheet(s, _facts(ctx, incident)))
    story += _narratives(ctx, incident)
    for index, act in enumerate(incident.acts, start=1):
        story += _act(ctx, act, index)
    if incident.people:
        story += _people(ctx, incident)
    story += _supporting(ctx, incident)
    story.append(PageBreak())
    return story


def _outline_title(incident: IncidentEntry, number: int) -> str:
    when = incident.date_start.isoformat() if incident.date_start else "undated"
    return f"{number}. {incident.title} ({when})"


def _facts(ctx: Ctx, incident: IncidentEntry) -> list[Row]:
    translate = ctx.translate
    rows: list[Row] = [
        (translate("dossier", "Date"), Fixed(describe.incident_date(incident, translate))),
    ]
    if incident.date_basis:
        rows.append((translate("dossier", "How the date is known"), incident.date_basis))
    rows.append((translate("dossier", "Place"), describe.incident_place(incident, translate)))
    if incident.place_description:
        rows.append((translate("dossier", "Place description"), incident.place_description))
    rows.append((translate("dossier", "Location"), Fixed(
        f"{ctx.label(describe.LOCATION_STATUS, incident.location_status)}; "
        f"{describe.coordinates(incident, translate)}")))
    if incident.place_basis:
        rows.append((translate("dossier", "How the place is known"), incident.place_basis))
    review = ctx.label(describe.REVIEW, incident.review_status)
    if incident.signoff is not None:
        so = incident.signoff
        review += translate("dossier", "; signed off by {alias} ({key}…) at {at}, custody "
                            "event {event}…").format(alias=so.by_alias, key=so.by[:16],
                                                    at=describe.rfc3339(so.at),
                                                    event=so.event_hash[:16])
    rows += [
        (translate("dossier", "Review"), review),
        (translate("dossier", "Confidentiality"), Fixed(ctx.label(
            describe.CONFIDENTIALITY, incident.confidentiality))),
        (translate("dossier", "Record"), Fixed(translate(
            "dossier", "incident {id}, revision {revision}").format(
                id=incident.id, revision=incident.revision))),
    ]
    return rows


def _narratives(ctx: Ctx, incident: IncidentEntry) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    story: list[Flowable] = []
    if incident.narrative:
        language = describe.language(incident.narrative_language)
        story.append(s.fixed(translate("dossier", "Narrative (original, {language})").format(
            language=language), s.h2))
        story += [s.p(part) for part in _paragraphs(incident.narrative)]
    else:
        story.append(s.fixed(translate("dossier", "Narrative"), s.h2))
        story.append(s.fixed(translate("dossier", "No narrative was recorded."), s.small))
    for tr in incident.translations:
        by = (translate("dossier", ", translated by {name}").format(name=tr.translator)
              if tr.translator else "")
        story.append(s.p(translate("dossier", "Translation ({language}{by})").format(
            language=describe.language(tr.language), by=by), s.h3))
        if tr.title:
            story.append(s.p(tr.title, s.cell_bold))
        story += [s.p(part) for part in _paragraphs(tr.narrative)]
    return story


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs (para() folds single newlines into spaces)."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p] or [""]


def _act(ctx: Ctx, act: ActEntry, index: int) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    head: list[Flowable] = [CondPageBreak(90), s.fixed(
        translate("dossier", "Act {n}: {code} – {name}").format(
            n=index, code=act.violation_code, name=describe.violation_name(act.violation_code,
                                                            ctx.words.language)),
        s.h2)]
    if act.description:
        head.append(s.p(act.description))
    story: list[Flowable] = [KeepTogether(head)]
    if act.characterizations:
        rows = []
        for article in act.characterizations:
            title, context = describe.article_title(article, ctx.words.language)
            rows.append([Fixed(describe.article(article, translate)), Fixed(title),
                         Fixed(context)])
        story.append(s.fixed(translate(
            "dossier", "Candidate characterizations under the Rome Statute (a legal hypothesis "
            "of the documenting team, not a finding)"), s.label))
        story.append(grid(s,
                          [translate("dossier", "Article"), translate("dossier", "Title"),
                           translate("dossier", "Context")],
                          rows, [70, 260, 152]))
    else:
        story.append(s.fixed(translate("dossier", "No candidate characterization recorded."),
                             s.small))
    story.append(Spacer(1, 4))
    if act.perpetrators:
        rows2 = [[p.name, Fixed(ctx.label(describe.PERPETRATOR_KINDS, p.kind)),
                  Fixed(describe.actor_class(p.actor_class, translate, ctx.words.language)),
                  p.notes]
                 for p in act.perpetrators]
        story.append(s.fixed(translate("dossier", "Alleged perpetrators"), s.label))
        story.append(grid(s, [translate("dossier", "Name"), translate("dossier", "Kind"),
                              translate("dossier", "Actor class"),
                              translate("dossier", "Notes")], rows2,
                          [130, 40, 130, 182]))
    else:
        story.append(s.fixed(translate("dossier", "Alleged perpetrators: not identified."),
                             s.small))
    story.append(Spacer(1, 4))
    if act.victims:
        rows3 = [[Fixed(ctx.label(describe.OUTCOMES, v.outcome)), Fixed(f"{v.count:,}"), v.notes]
                 for v in act.victims]
        story.append(s.fixed(translate("dossier", "Victims by outcome"), s.label))
        story.append(grid(s,
                          [translate("dossier", "Outcome"), translate("dossier", "Count"),
                           translate("dossier", "Notes")],
                          rows3, [90, 50, 342]))
    story.append(Spacer(1, 6))
    return story


def _people(ctx: Ctx, incident: IncidentEntry) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    story: list[Flowable] = [s.fixed(translate("dossier", "People involved"), s.h2)]
    if ctx.content.redacted:
        story.append(s.fixed(translate(
            "dossier", "Identities are withheld in this redacted version; people are named by "
            "pseudonym only."), s.small))
        rows = [[p.pseudonym, Fixed(ctx.label(describe.ROLES, p.role)),
                 Fixed(ctx.label(describe.SEXES, p.sex)),
                 Fixed(ctx.label(describe.CONSENT, p.consent))] for p in incident.people]
        story.append(grid(s, [translate("dossier", "Pseudonym"), translate("dossier", "Role"),
                              translate("dossier", "Sex"), translate("dossier", "Consent")], rows,
                          [90, 120, 80, 192], bold_first=True))
        return story
    story.append(s.fixed(translate(
        "dossier", "PROTECTED IDENTITIES: this unredacted dossier links pseudonyms to real "
        "identities. Disclose only the redacted version."), s.label))
    rows2 = [[p.pseudonym, Fixed(ctx.label(describe.ROLES, p.role)), p.real_name or "",
              Fixed(ctx.label(describe.SEXES, p.sex)), Fixed("" if p.age is None else str(p.age)),
              p.ethnicity or "",
              p.contact or "", Fixed(ctx.label(describe.CONSENT, p.consent))]
             for p in incident.people]
    header = [translate("dossier", "Pseudonym"), translate("dossier", "Role"),
              translate("dossier", "Name"), translate("dossier", "Sex"),
              translate("dossier", "Age"), translate("dossier", "Ethnicity"),
              translate("dossier", "Contact"), translate("dossier", "Consent")]
    story.append(grid(s, header, rows2, [58, 50, 82, 38, 24, 52, 100, 78], bold_first=True))
    return story


def _supporting(ctx: Ctx, incident: IncidentEntry) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    exhibits = ctx.content.exhibits_of(incident.id)
    withheld = [w for w in ctx.content.withheld if w.incident_id == incident.id]
    story: list[Flowable] = [CondPageBreak(60),
                             s.fixed(translate("dossier", "Exhibits supporting this incident"),
                                     s.h2)]
    if not exhibits and not withheld:
        story.append(s.fixed(translate("dossier", "No exhibit is attached to this incident."),
                             s.small))
        return story
    story.append(s.fixed(translate(
        "dossier", "They support every act above; each has its own exhibit sheet on the pages "
        "given."), s.small))
    rows: list[list[str | Flowable | None]] = []
    ern_width = 110.0
    for e in exhibits:
        start, end = exhibit_keys(e.item_id)
        rows.append([Fixed(e.exhibit_number), e.description or e.original_filename,
                     Fixed(e.media_type),
                     Fixed(ctx.label(describe.STATUS, e.verdict.status).split(":")[0]),
                     ctx.late_ern(start, end, ern_width, size=7.5)])
    rows += [[Fixed(w.exhibit_number), Fixed(translate(
        "dossier", "Withheld from this version: {reason}").format(
            reason=ctx.label(describe.WITHHELD_REASONS, w.reason))),
              "", "", ""]
             for w in withheld]
    rows.sort(key=lambda r: str(r[0]))
    widths = [50, FRAME_WIDTH - 50 - 70 - 56 - ern_width - 6, 70, 56, ern_width + 6]
    story.append(grid(s, [translate("dossier", "Exhibit"), translate("dossier", "Description"),
                          translate("dossier", "Type"), translate("dossier", "Status"),
                          "ERN"], rows, widths,
                      bold_first=True))
    return story
