"""Checks of the bundled taxonomy data, its loader, and the demo case built on them."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import myanmartools
import pytest

from evidence_app import taxonomy
from evidence_app.paths import resources_dir

CODES = [
    "AIR",
    "SHL",
    "MIN",
    "BRN",
    "LOT",
    "KIL",
    "TOR",
    "DET",
    "DIS",
    "SGB",
    "DSP",
    "CHR",
    "FLB",
    "HUM",
    "PRT",
    "PTS",
]
MYANMAR_LAT = (9.5, 28.6)
MYANMAR_LON = (92.1, 101.2)
MYANMAR_CHARS = re.compile(r"[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]")
# A Burmese syllable never starts with a dependent vowel, medial or sign; Zawgyi text (which
# stores the visual order, e.g. the e-vowel before its consonant) does all the time.
DEPENDENT_FIRST = re.compile(r"(?:^|[\s၊။,.()\-/])[\u102b-\u103e\u1056-\u1059\u105e-\u1060]")
# Code points that Zawgyi reuses for stacked and alternate glyph forms.
ZAWGYI_ONLY = re.compile(r"[\u1060-\u1097]")
INCIDENT_KEYS = {
    "title",
    "narrative",
    "narrative_language",
    "translations",
    "date",
    "place",
    "acts",
    "people",
    "confidentiality",
    "review_status",
    "evidence",
}
CONFIDENTIALITY = {"public", "confidential", "under_seal"}


def _json(*parts: str) -> Any:
    return json.loads(Path(resources_dir(), *parts).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    data = _json("demo", "demo_case.json")
    assert isinstance(data, dict)
    return data


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _burmese_problems(texts: list[str], detector: myanmartools.ZawgyiDetector) -> list[str]:
    problems = []
    short: list[str] = []
    for text in texts:
        if not MYANMAR_CHARS.search(text):
            continue
        text.encode("utf-8")  # raises on lone surrogates
        if "\u200b" in text or "\ufffd" in text:
            problems.append(f"zero-width space or replacement character in {text!r}")
        if DEPENDENT_FIRST.search(text) or ZAWGYI_ONLY.search(text):
            problems.append(f"looks like Zawgyi (syllable order) in {text!r}")
        # The detector needs context: a two-syllable name alone scores as noise.
        if len(text) >= 12:
            if detector.get_zawgyi_probability(text) >= 0.05:
                problems.append(f"Zawgyi probability >= 0.05 for {text!r}")
        else:
            short.append(text)
    for start in range(0, len(short), 20):
        chunk = " ".join(short[start : start + 20])
        if detector.get_zawgyi_probability(chunk) >= 0.05:
            problems.append(f"Zawgyi probability >= 0.05 for the names {chunk!r}")
    return problems


# --- violation taxonomy -----------------------------------------------------------------------


def test_all_sixteen_codes_load_with_names_and_articles() -> None:
    assert list(taxonomy.violation_codes()) == CODES
    for code in CODES:
        vt = taxonomy.violation(code)
        assert vt.code == code
        assert vt.names.en and vt.names.my and MYANMAR_CHARS.search(vt.names.my)
        assert vt.description.en and MYANMAR_CHARS.search(vt.description.my)
        assert len(vt.rome_statute) >= 1
        assert taxonomy.is_valid_violation_code(code)


def test_every_referenced_article_is_listed_with_titles() -> None:
    raw = _json("taxonomy", "violations.json")
    listed = {a["article"] for a in raw["rome_statute_articles"]}
    for item in raw["violations"]:
        for char in item["rome_statute"]:
            assert char["article"] in listed, (item["code"], char["article"])
            assert char["label"]["en"] and char["label"]["my"]
            assert char["context"] in {"war crime (NIAC)", "crime against humanity"}
            article = taxonomy.rome_statute_article(char["article"])
            assert char["context"] == article.context
    assert taxonomy.rome_statute_article("7(1)(a)").title.en == "Murder"
    assert taxonomy.rome_statute_article("8(2)(e)(v)").title.en == "Pillaging"
    cross = {a.article for a in taxonomy.rome_statute_articles() if a.cross_cutting}
    assert cross == {"6", "7(1)(h)"}


def test_articles_follow_the_domain_table() -> None:
    assert taxonomy.violation("AIR").articles == ("8(2)(e)(i)", "8(2)(e)(iv)", "7(1)(a)", "7(1)(k)")
    assert taxonomy.violation("DIS").articles == ("7(1)(i)",)
    assert taxonomy.violation("PTS").articles == ("7(1)(a)", "7(1)(e)", "7(1)(f)", "7(1)(h)")


def test_acled_types_are_real_ones() -> None:
    sub_events = {
        "Explosions/Remote violence": {
            "Air/drone strike",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
        },
        "Violence against civilians": {
            "Attack",
            "Abduction/forced disappearance",
            "Sexual violence",
        },
        "Strategic developments": {"Looting/property destruction", "Arrests", "Other"},
        "Protests": {"Excessive force against protesters"},
    }
    for vt in taxonomy.violation_types():
        pairs = [(vt.acled_event_type, vt.acled_sub_event_type), *vt.acled_alternatives]
        for event_type, sub_event in pairs:
            if event_type is None:
                assert vt.code == "DSP" and vt.acled_note
                continue
            assert sub_event in sub_events[event_type], (vt.code, event_type, sub_event)
    assert taxonomy.violation("AIR").acled_sub_event_type == "Air/drone strike"
    assert taxonomy.violation("DET").acled_sub_event_type == "Arrests"


def test_unknown_code_lists_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="AIR, SHL") as info:
        taxonomy.violation("XYZ")
    assert "PTS" in str(info.value)
    with pytest.raises(KeyError, match="did you mean 'AIR'"):
        taxonomy.violation("air")
    assert not taxonomy.is_valid_violation_code("air")
    with pytest.raises(KeyError, match="did you mean '8\\(2\\)\\(e\\)\\(i\\)'"):
        taxonomy.rome_statute_article("Art. 8(2)(e)(i)")


def test_actor_classes_one_to_eight() -> None:
    classes = taxonomy.actor_classes()
    assert sorted(classes) == list(range(1, 9))
    assert classes[1]["en"] == "State forces"
    assert classes[8]["en"] == "External/Other forces"
    assert all(MYANMAR_CHARS.search(c["my"]) for c in classes.values())
    classes[1]["en"] = "changed"  # a copy: the cache must not change
    assert taxonomy.actor_class_name(1) == "State forces"


# --- places -----------------------------------------------------------------------------------


def test_fifteen_states_regions_with_pcodes() -> None:
    states = taxonomy.states_regions()
    assert len(states) == 15
    assert [s.kind for s in states].count("union_territory") == 1
    pcodes = [p for s in states for p in s.pcodes]
    assert len(pcodes) == len(set(pcodes)) == 18  # Bago and Shan are split by MIMU
    assert all(re.fullmatch(r"MMR0\d\d", p) for p in pcodes)
    for state in states:
        assert state.districts, state.name.en
        for district in state.districts:
            assert district.pcode is None or district.pcode[:6] in state.pcodes
            for township in district.townships:
                assert township.pcode is None or township.pcode[:6] in state.pcodes


def test_normalize_state_region() -> None:
    assert taxonomy.normalize_state_region("sagaing") == "Sagaing"
    assert taxonomy.normalize_state_region("စစ်ကိုင်းတိုင်းဒေသကြီး") == "Sagaing"
    assert taxonomy.normalize_state_region("Karenni") == "Kayah"
    assert taxonomy.normalize_state_region("Atlantis") is None
    assert taxonomy.normalize_state_region("") is None
    for alias, canonical in [
        ("Kayin State", "Kayin"),
        ("Karen", "Kayin"),
        ("Sagain", "Sagaing"),
        ("Arakan", "Rakhine"),
        ("Rangoon", "Yangon"),
        ("Shan (North)", "Shan"),
        ("Nay Pyi Taw", "Naypyitaw"),
        ("ကရင်နီပြည်နယ်", "Kayah"),
        ("MMR009", "Magway"),
    ]:
        assert taxonomy.normalize_state_region(alias) == canonical, alias


def test_townships_and_find_township() -> None:
    sagaing = taxonomy.townships("Sagaing")
    assert len(sagaing) == 37
    assert [t.name.en for t in taxonomy.townships("Sagaing", "Kanbalu")] == ["Kanbalu", "Kyunhla"]
    assert taxonomy.find_township("Depayin") == [("Sagaing", "Shwebo", "Tabayin")]
    assert taxonomy.find_township("ကန့်ဘလူ") == [("Sagaing", "Kanbalu", "Kanbalu")]
    assert taxonomy.find_township("hpa an") == [("Kayin", "Hpa-An", "Hpa-An")]
    minhla = taxonomy.find_township("Minhla")
    assert {m.state_region for m in minhla} == {"Bago", "Magway"}
    assert taxonomy.find_township("Minhla", "Magwe") == [("Magway", "Thayet", "Minhla")]
    assert taxonomy.find_township("Atlantis") == []
    with pytest.raises(KeyError, match="valid"):
        taxonomy.townships("Atlantis")
    with pytest.raises(KeyError, match="Kanbalu"):
        taxonomy.townships("Sagaing", "Nowhere")


def test_conflict_states_have_complete_township_lists() -> None:
    for name in ["Sagaing", "Magway", "Mandalay", "Chin", "Kayah", "Kayin", "Shan", "Rakhine"]:
        state = taxonomy.state_region(name)
        assert state.townships_complete and state.townships, name
    assert len(taxonomy.townships("Chin")) == 9
    assert len(taxonomy.townships("Kayah")) == 7
    assert len(taxonomy.townships("Rakhine")) == 17
    assert len(taxonomy.townships("Magway")) == 25


def test_taxonomy_burmese_is_unicode_not_zawgyi() -> None:
    detector = myanmartools.ZawgyiDetector()
    texts = list(_strings(_json("taxonomy", "violations.json")))
    texts += list(_strings(_json("taxonomy", "myanmar_admin.json")))
    assert _burmese_problems(texts, detector) == []


# --- demo case --------------------------------------------------------------------------------


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(a))


def test_demo_case_header(demo: dict[str, Any]) -> None:
    assert demo["version"] == 1
    case = demo["case"]
    assert case["reference"] == "MMR-EA-2023-01"
    assert re.fullmatch(r"[A-Z]{3}-[A-Z]{2}-\d{4}", case["ern_prefix"])
    assert case["confidentiality"] in CONFIDENTIALITY
    assert len(demo["incidents"]) >= 8


def test_demo_codes_articles_and_places_are_valid(demo: dict[str, Any]) -> None:
    states = set()
    for incident in demo["incidents"]:
        assert set(incident) == INCIDENT_KEYS, incident["title"]
        assert 1 <= len(incident["title"]) <= 300
        assert incident["confidentiality"] in CONFIDENTIALITY
        assert incident["review_status"] in {"draft", "ready_for_review", "verified", "returned"}
        for act in incident["acts"]:
            assert taxonomy.is_valid_violation_code(act["violation"]), act["violation"]
            for article in act["characterizations"]:
                assert taxonomy.is_valid_article(article), article
            for perpetrator in act["perpetrators"]:
                assert perpetrator["kind"] in {"unit", "person"}
                assert taxonomy.is_valid_actor_class(perpetrator["actor_class"])
            for victim in act["victims"]:
                assert victim["outcome"] in {
                    "killed",
                    "injured",
                    "detained",
                    "disappeared",
                    "displaced",
                }
                assert isinstance(victim["count"], int) and victim["count"] > 0
        place = incident["place"]
        canonical = taxonomy.normalize_state_region(place["state_region"])
        assert canonical == place["state_region"], place["state_region"]
        states.add(canonical)
        matches = taxonomy.find_township(place["township"], canonical)
        assert matches, (canonical, place["township"])
        if place["district"]:
            assert place["district"] in {m.district for m in matches}
        assert place["status"] in {"located", "approximate", "cannot_locate"}
        if place["latitude"] is None:
            assert place["longitude"] is None and place["accuracy_m"] is None
        else:
            assert MYANMAR_LAT[0] <= place["latitude"] <= MYANMAR_LAT[1]
            assert MYANMAR_LON[0] <= place["longitude"] <= MYANMAR_LON[1]
            assert place["status"] != "cannot_locate"
        for person in incident["people"]:
            assert re.fullmatch(r"[WVS]-\d{4}", person["pseudonym"])
            assert person["role"] in {"witness", "victim", "source", "alleged_perpetrator"}
            assert person["consent"] in {"given", "refused", "not_asked", "not_applicable"}
    assert states >= {"Sagaing", "Magway", "Chin", "Kayah", "Shan", "Rakhine"}
    statuses = {i["place"]["status"] for i in demo["incidents"]}
    assert statuses == {"located", "approximate", "cannot_locate"}


def test_demo_dates(demo: dict[str, Any]) -> None:
    precisions = set()
    for incident in demo["incidents"]:
        when = incident["date"]
        start = date.fromisoformat(when["start"])
        end = date.fromisoformat(when["end"]) if when["end"] else start
        assert end >= start, incident["title"]
        assert date(2023, 10, 1) <= start <= date(2024, 3, 31)
        if when["time"] is not None:
            time.fromisoformat(when["time"])
        assert when["precision"] in {"exact", "day", "week", "month", "range"}
        assert when["basis"]
        precisions.add(when["precision"])
    assert precisions == {"exact", "day", "week", "month", "range"}


def test_demo_evidence(demo: dict[str, Any]) -> None:
    photos: dict[str, list[dict[str, Any]]] = {}
    kinds = set()
    for incident in demo["incidents"]:
        evidence = incident["evidence"]
        assert 1 <= len(evidence) <= 4, incident["title"]
        place, when = incident["place"], incident["date"]
        start = date.fromisoformat(when["start"])
        end = date.fromisoformat(when["end"]) if when["end"] else start
        for item in evidence:
            kinds.add(item["kind"])
            assert item["filename"] and "/" not in item["filename"]
            assert item["confidentiality"] in CONFIDENTIALITY
            if item["kind"] == "photo":
                photos.setdefault(item["filename"], []).append(item)
                taken = datetime.fromisoformat(item["taken"])
                assert taken.utcoffset() == timedelta(hours=6, minutes=30)
                assert start <= taken.date() <= end + timedelta(days=14), item["filename"]
                assert MYANMAR_LAT[0] <= item["lat"] <= MYANMAR_LAT[1]
                assert MYANMAR_LON[0] <= item["lon"] <= MYANMAR_LON[1]
                if place["latitude"] is not None:
                    gap = _distance_m(
                        place["latitude"], place["longitude"], item["lat"], item["lon"]
                    )
                    assert gap <= 2 * place["accuracy_m"] + 500, (item["filename"], gap)
            elif item["kind"] == "statement":
                assert item["language"] in {"my", "en"} and len(item["text"]) > 100
            elif item["kind"] == "document":
                assert item["title"] and item["lines"]
                if item["acquired"] == "web":
                    assert item["url"].startswith("https://example.org/")
            elif item["kind"] == "audio":
                assert 0 < item["seconds"] <= 5
    assert kinds == {"photo", "statement", "document", "audio"}
    shared = [copies for copies in photos.values() if len(copies) > 1]
    assert len(shared) == 1 and len(shared[0]) == 2
    assert shared[0][0] == shared[0][1]  # same file, same parameters: stored once, linked twice


def test_demo_languages(demo: dict[str, Any]) -> None:
    incidents = demo["incidents"]
    burmese = [i for i in incidents if i["narrative_language"] == "my"]
    assert len(burmese) >= 4
    for incident in burmese:
        assert MYANMAR_CHARS.search(incident["narrative"])
        assert any(t["language"] == "en" for t in incident["translations"])
    english = [i for i in incidents if i["narrative_language"] == "en"]
    assert english and all(not MYANMAR_CHARS.search(i["narrative"]) for i in english)
    assert any(t["language"] == "my" for i in english for t in i["translations"])


def test_demo_burmese_is_unicode_not_zawgyi(demo: dict[str, Any]) -> None:
    detector = myanmartools.ZawgyiDetector()
    texts = list(_strings(demo))
    assert sum(1 for t in texts if MYANMAR_CHARS.search(t)) >= 10
    assert _burmese_problems(texts, detector) == []
