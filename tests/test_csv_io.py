"""CSV interchange: a validation report listing every bad row before anything is written,
encodings (UTF-8, UTF-16, Zawgyi warned), files from a zip, ACLED-compatible export."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from evidence_app.errors import UsageError, ValidationError
from evidence_app.services import cases, csv_io, incidents, items
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Frozen

HEADER = ("title,narrative,date_start,date_precision,state_region,township,village,latitude,"
          "longitude,accuracy_m,violations,characterizations,perpetrator,perpetrator_class,"
          "killed,injured,cases,files\n")
GOOD = ('Airstrike on Pazigyi,"Jets struck the village, at 07:30.",2023-04-11,day,Sagaing,'
        "Kanbalu,Pazigyi,23.2,95.5,500,AIR;BRN,8(2)(e)(i),Myanmar Air Force,1,3,5,,"
        "photos/strike.jpg;statement.txt\n")
BURMESE = ("ရွာ မီးရှို့ခံရ,ရွာကို မီးရှို့ခဲ့သည်။,2023-05,month,Magway,Gangaw,,,,,BRN,,,,,,,\n")


def _zip(tmp_path: Path, text: str, files: dict[str, bytes] | None = None,
         encoding: str = "utf-8") -> Path:
    path = tmp_path / "import.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("incidents.csv", text.encode(encoding))
        for name, data in (files or {}).items():
            zf.writestr(name, data)
    return path


FILES = {"photos/strike.jpg": b"\xff\xd8\xff\xe0" + b"jpeg" * 500,
         "statement.txt": "ထွက်ဆိုချက်\n".encode() * 20}


def test_valid_zip_imports_incidents_and_files(workspace: Workspace, tmp_path: Path) -> None:
    text = HEADER + GOOD + BURMESE.replace("2023-05", "2023-05-01")
    plan = csv_io.read_csv_import(_zip(tmp_path, text, FILES))
    assert [r.problems for r in plan.rows] == [[], []]
    result = csv_io.import_csv(workspace, plan)
    assert len(result.incident_ids) == 2 and result.items == 2 and not result.failures
    first = incidents.get_incident(workspace, result.incident_ids[0])
    assert first.title == "Airstrike on Pazigyi"
    assert [a.violation for a in first.acts] == ["AIR", "BRN"]
    assert first.acts[0].characterizations == ["8(2)(e)(i)"]
    assert first.acts[0].perpetrators[0].actor_class == 1
    assert {v.outcome: v.count for v in first.acts[0].victims} == {"killed": 3, "injured": 5}
    assert first.place.latitude == 23.2 and first.date.start is not None
    assert first.date.start.isoformat() == "2023-04-11"
    attached = items.list_items(workspace, result.incident_ids[0])
    assert sorted(i.original_filename for i in attached) == ["statement.txt", "strike.jpg"]
    assert all(i.acquisition_method == "import" for i in attached)
    second = incidents.get_incident(workspace, result.incident_ids[1])
    assert second.narrative_language == "my" and second.date.precision == "month"


def test_every_bad_row_is_reported_and_nothing_is_written(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    bad = [
        GOOD.replace("2023-04-11", "11/04/2023"),                    # date format
        GOOD.replace("23.2,95.5", "95.5,23.2"),                      # swapped coordinates
        GOOD.replace("23.2,95.5", "abc,95.5"),                       # not a number
        GOOD.replace("AIR;BRN", "XYZ"),                              # unknown violation
        GOOD.replace("photos/strike.jpg", "../../etc/passwd"),       # path escape
        GOOD.replace("photos/strike.jpg", "missing.jpg"),            # not in the zip
        GOOD.replace(",Sagaing,", ",Atlantis,"),                     # unknown state/region
        "too,few,fields\n",                                          # wrong field count
        GOOD.replace("2023-04-11", "2093-04-11"),                    # in the future
    ]
    path = _zip(tmp_path, HEADER + GOOD + "".join(bad), FILES)
    plan = csv_io.read_csv_import(path)
    assert len(plan.valid_rows) == 1 and len(plan.invalid_rows) == len(bad)
    report = csv_io.report_text(plan)
    for line, column, words in [(3, "date_start", "YYYY-MM-DD"), (4, "latitude", "swapped"),
                                (5, "latitude", "not a number"), (6, "violations", "XYZ"),
                                (7, "files", "relative path"), (8, "files", "not in the zip"),
                                (9, "state_region", "Atlantis"), (10, "row", "fields"),
                                (11, "date_start", "future")]:
        assert any(f"line {line}: ERROR {column}:" in r and words in r
                   for r in report.splitlines()), (line, column, report)
    frozen = Frozen(workspace)
    try:
        with pytest.raises(ValidationError, match="9 row"):
            csv_io.import_csv(frozen.ws, plan)
        frozen.assert_unchanged()
        # accepted with the bad rows left out: only the good one is imported
        result = csv_io.import_csv(frozen.ws, plan, skip_invalid=True)
        assert len(result.incident_ids) == 1
    finally:
        frozen.ws.lock()


def test_encodings(tmp_path: Path) -> None:
    text = HEADER + GOOD.replace(",photos/strike.jpg;statement.txt", ",") + BURMESE.replace(
        "2023-05", "2023-05-01")
    for encoding in ("utf-8", "utf-8-sig", "utf-16"):
        plan = csv_io.read_csv_import(_zip(tmp_path, text, encoding=encoding))
        assert len(plan.valid_rows) == 2, encoding
    latin = HEADER + GOOD.replace("Pazigyi,", "Pazigyí,").replace(
        ",photos/strike.jpg;statement.txt", ",")
    with pytest.raises(ValidationError, match=r"not UTF-8 .*CSV UTF-8"):
        csv_io.read_csv_import(_zip(tmp_path, latin, encoding="latin-1"))
    (tmp_path / "plain.csv").write_bytes(b"title,violations\nx\x00y,AIR\n")
    with pytest.raises(ValidationError, match="NUL"):
        csv_io.read_csv_import(tmp_path / "plain.csv")
    (tmp_path / "nohead.csv").write_text("name,date\nx,2023-01-01\n")
    with pytest.raises(ValidationError, match="no column title, violations"):
        csv_io.read_csv_import(tmp_path / "nohead.csv")


def test_zawgyi_is_detected_and_warned(tmp_path: Path) -> None:
    zawgyi = "ရြာကို ေလေၾကာင္းမွ တိုက္ခိုက္ခဲ့သည္"
    row = f"Zawgyi narrative,{zawgyi},2023-04-11,day,Sagaing,,,,,,AIR,,,,,,,\n"
    plan = csv_io.read_csv_import(_zip(tmp_path, HEADER + row))
    assert plan.rows[0].warnings == [("narrative", plan.rows[0].warnings[0][1])]
    assert "Zawgyi" in plan.rows[0].warnings[0][1]
    assert "warning narrative: looks like Zawgyi" in csv_io.report_text(plan)
    unicode_row = BURMESE.replace("2023-05", "2023-05-01")
    assert not csv_io.read_csv_import(_zip(tmp_path, HEADER + unicode_row)).rows[0].warnings


def test_plain_csv_with_files_beside_it(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "in.csv").write_text(HEADER + GOOD, "utf-8")
    plan = csv_io.read_csv_import(tmp_path / "in.csv")
    assert plan.valid_rows and not plan.invalid_rows
    assert csv_io.import_csv(workspace, plan).items == 2


def test_unknown_case_refused_before_writing(workspace: Workspace, tmp_path: Path) -> None:
    row = GOOD.replace(",3,5,,", ",3,5,NO-SUCH-CASE,").replace(
        ",photos/strike.jpg;statement.txt", ",")
    plan = csv_io.read_csv_import(_zip(tmp_path, HEADER + row))
    frozen = Frozen(workspace)
    try:
        with pytest.raises(ValidationError, match="no case 'NO-SUCH-CASE'"):
            csv_io.import_csv(frozen.ws, plan)
        frozen.assert_unchanged()
    finally:
        frozen.ws.lock()


def test_acled_export(workspace: Workspace, tmp_path: Path) -> None:
    case = cases.create_case(workspace, cases.parse_case({
        "reference": "MMR-1", "title": "Sagaing", "organisation": "Example Documentation Team"}))
    text = HEADER + GOOD.replace(",3,5,,", f",3,5,{case.reference},").replace(
        ",photos/strike.jpg;statement.txt", ",").replace(
        "Airstrike on Pazigyi", "=HYPERLINK(evil)")
    csv_io.import_csv(workspace, csv_io.read_csv_import(_zip(tmp_path, text)))
    incidents.create_incident(workspace, incidents.parse_record({
        "title": "Detentions", "date": {"start": "2023-06-01", "end": "2023-06-20",
                                        "precision": "range"},
        "place": {"state_region": "Yangon", "status": "cannot_locate"},
        "acts": [{"violation": "DET"}]}))
    out = tmp_path / "acled.csv"
    assert csv_io.export_csv(workspace, out, case=case.reference) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert list(rows[0])[:19] == list(csv_io.ACLED_COLUMNS)[:19]
    air, brn = rows
    assert (air["event_date"], air["time_precision"]) == ("2023-04-11", "1")
    assert (air["event_type"], air["sub_event_type"]) == ("Explosions/Remote violence",
                                                          "Air/drone strike")
    assert (air["actor1"], air["inter1"], air["actor2"], air["inter2"]) == \
        ("Myanmar Air Force", "1", "Civilians (Myanmar)", "7")
    assert (air["admin1"], air["admin3"], air["location"]) == ("Sagaing", "Kanbalu", "Pazigyi")
    assert (air["latitude"], air["geo_precision"], air["fatalities"]) == ("23.20000", "1", "3")
    assert air["notes"].startswith("'=HYPERLINK")  # not run as a formula by a spreadsheet
    assert air["source"] == "Example Documentation Team"
    assert brn["violation_code"] == "BRN" and brn["act"] == "2"
    assert csv_io.export_csv(workspace, tmp_path / "all.csv") == 3
    detention = next(r for r in csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text()))
                 if r["violation_code"] == "DET")
    assert (detention["time_precision"], detention["geo_precision"]) == ("3", "3")
    assert detention["event_type"] and detention["sub_event_type"] == "Arrests"
    with pytest.raises(UsageError, match="already exists"):
        csv_io.export_csv(workspace, out)
    with pytest.raises(UsageError, match=r"folder .* does not exist"):  # was a raw traceback
        csv_io.export_csv(workspace, tmp_path / "no-such-folder" / "all.csv")
    assert not (tmp_path / "no-such-folder").exists()
