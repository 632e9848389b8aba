"""The command line: exit codes (0 ok, 1 problems, 2 usage/unlock), messages, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.cli import main
from tests.conftest import heavy_modules_after

PASS = "a passphrase for the cli"


@pytest.fixture
def cli_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASS)
    monkeypatch.setenv("EVIDENCE_APP_WORKSPACE", str(root))
    assert main(["init", "--user", "alice", "--team", "Team"]) == 0
    return root


def test_init_add_list_show(cli_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["case", "add", "--reference", "MMR-EA-2024-01", "--title", "Sagaing"]) == 0
    capsys.readouterr()
    assert main(["incident", "add", "--title", "ရွာမီးရှို့မှု Village burned", "--type", "BRN",
                 "--type", "DET", "--date", "2024-01-02/2024-01-05",
                 "--place", "Zee Phyu Kan, Tabayin, Sagaing", "--lat", "22.7", "--lon", "95.3",
                 "--accuracy-m", "500", "--description", "ကျေးရွာကို မီးရှို့ခဲ့သည်။",
                 "--case", "MMR-EA-2024-01"]) == 0
    incident_id = capsys.readouterr().out.strip()
    assert len(incident_id) == 36
    assert main(["incident", "list", "--json", "--search", "မီးရှို့"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] == 1 and listed["incidents"][0]["violation_codes"] == ["BRN", "DET"]
    assert main(["incident", "show", incident_id, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date"]["precision"] == "range"
    assert record["place"]["township"] == "Tabayin" and record["narrative_language"] == "my"
    assert main(["incident", "list", "--case", "MMR-EA-2024-01", "--type", "KIL"]) == 0


def test_json_record_from_stdin_and_file(cli_ws: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"title": "Shelling", "acts": [{"violation": "SHL"}],
                                "date": {"start": "2024-02-01", "precision": "week"},
                                "place": {"state_region": "Kayah", "status": "approximate"}}))
    assert main(["incident", "add", "--json", str(path)]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x", ')
    capsys.readouterr()
    assert main(["incident", "add", "--json", str(bad)]) == 2
    assert "invalid JSON at line 1" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "XXX"], "acts.0.violation"),
    (["--date", "2024-02-30"], "date.start"),
    (["--lat", "123", "--lon", "95"], "place.latitude"),
    (["--place", "Somewhere, Atlantis"], "place.state_region"),
    (["--time", "25:00"], "date.time: '25:00' is not a time of day; write it as HH:MM"),
])
def test_bad_input_exit_2_with_field(cli_ws: Path, capsys: pytest.CaptureFixture[str],
                                     args: list[str], message: str) -> None:
    base = {"--title": "T", "--type": "AIR", "--date": "2024-01-01",
            "--place": "Village, Kanbalu, Sagaing"}
    argv = ["incident", "add"]
    for key, value in base.items():
        if key not in args:
            argv += [key, value]
    capsys.readouterr()
    assert main(argv + args) == 2
    assert message in capsys.readouterr().err
    assert main(["incident", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_wrong_passphrase_exit_2(cli_ws: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", "wrong wrong wrong")
    assert main(["incident", "list"]) == 2
    err = capsys.readouterr().err
    assert "does not open this workspace" in err
    assert "unlock refused" not in err  # log lines never reach the terminal unasked


def test_passphrase_file_and_key_export_import(cli_ws: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("EVIDENCE_APP_PASSPHRASE")
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n")
    pem = tmp_path / "alice.pem"
    assert main(["--passphrase-file", str(pf), "key", "export", "-o", str(pem)]) == 0
    assert "BEGIN PUBLIC KEY" in pem.read_text()
    other = tmp_path / "other"
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASS)
    assert main(["--workspace", str(other), "init", "--user", "bob"]) == 0
    assert main(["--workspace", str(other), "key", "import", str(pem)]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(other), "key", "list", "--json"]) == 0
    ring = {k["alias"]: k["trust"] for k in json.loads(capsys.readouterr().out)}
    assert ring == {"bob": "own", "alice": "untrusted"}
    assert main(["--workspace", str(other), "key", "trust", "zz", "trusted"]) == 2
    assert "No key in the keyring" in capsys.readouterr().err  # not "give more digits"
    # a folder that does not exist: one line naming it, exit 2 (was a traceback)
    assert main(["key", "export", "-o", str(tmp_path / "nowhere" / "me.pem")]) == 2
    assert "The folder" in capsys.readouterr().err and not (tmp_path / "nowhere").exists()
    assert main(["--workspace", str(other), "csv", "export", "-o",
                 str(tmp_path / "nowhere" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    not_a_key = tmp_path / "x.pem"
    not_a_key.write_text("hello")
    assert main(["--workspace", str(other), "key", "import", str(not_a_key)]) == 2


def test_zawgyi_text_is_saved_with_a_warning_naming_the_fields(
        cli_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Zawgyi-encoded Burmese was accepted silently (only the CSV import warned); it still
    saves, but says which fields will not search or print correctly."""
    base = ["incident", "add", "--type", "BRN", "--date", "2023-05-01", "--place", "Sagaing"]
    assert main([*base, "--title", "ရြာ မီးရႈိ႕ခံရမႈ",
                 "--description", "စစ္တပ္က ရြာကို မီးရႈိ႕သည္"]) == 0
    err = capsys.readouterr().err
    assert "warning: title, narrative" in err and "Zawgyi" in err
    assert main([*base, "--title", "ရွာ မီးရှို့ခံရမှု"]) == 0  # Unicode: no warning
    assert "Zawgyi" not in capsys.readouterr().err


def test_workspace_options_also_after_the_command(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`evidence-app demo --workspace DIR` (as the README writes it) works like the option
    before the command; a value after the command wins over one before it."""
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASS)
    monkeypatch.delenv("EVIDENCE_APP_WORKSPACE", raising=False)
    root, other = tmp_path / "demo", tmp_path / "other"
    assert main(["demo", "--workspace", str(root)]) == 0
    assert main(["--workspace", str(other), "init", "--user", "bob"]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(other), "incident", "list", "--workspace", str(root),
                 "--limit", "1"]) == 0
    assert "incident(s) match" in capsys.readouterr().err
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n")
    monkeypatch.delenv("EVIDENCE_APP_PASSPHRASE")
    assert main(["key", "list", "--workspace", str(other), "--passphrase-file", str(pf)]) == 0
    assert "bob" in capsys.readouterr().out


def test_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASS)
    root = tmp_path / "demo"
    assert main(["--workspace", str(root), "demo"]) == 0
    assert "Demo workspace created" in capsys.readouterr().out
    assert main(["--workspace", str(root), "demo"]) == 2
    assert main(["--workspace", str(root), "demo", "--force"]) == 0
    assert main(["--workspace", str(root), "incident", "list", "--json", "--limit", "500"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("{"):])
    assert listed["total"] >= 8
    assert sum(r["evidence_count"] for r in listed["incidents"]) >= 10


def test_two_part_place_is_township_and_state(cli_ws: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["incident", "add", "--title", "T", "--type", "AIR", "--date", "2024-01-01",
                 "--place", "Kanbalu, Sagaing"]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["incident", "add", "--title", "T", "--type", "AIR", "--date", "2024-01-01",
                 "--place", "Pazigyi, Sagaing"]) == 0
    second = capsys.readouterr().out.strip()
    assert main(["incident", "show", first, "--json"]) == 0
    place = json.loads(capsys.readouterr().out)["place"]
    assert (place["township"], place["village"]) == ("Kanbalu", None)
    assert main(["incident", "show", second, "--json"]) == 0
    place = json.loads(capsys.readouterr().out)["place"]
    assert (place["township"], place["village"]) == (None, "Pazigyi")


def test_parsing_a_command_loads_no_core_module() -> None:
    """Every command builds the whole parser: that must stay cheap (old laptops; scripts run
    many commands). The database, PDF and bundle layers load only in the command that runs."""
    assert heavy_modules_after(
        "from evidence_app.cli import build_parser\n"
        "build_parser().parse_args(['key', 'trust', 'abcd', 'trusted'])") == []



@pytest.mark.parametrize(("args", "words"), [
    (["--reference", "MMR EA 2024"], "--reference: a case reference may hold only letters, "
                                     "digits, dots, hyphens, underscores and slashes, with no "
                                     "spaces; write it like MMR-EA-2024-01"),
    (["--reference", "MMR-EA-2024-01", "--ern-prefix", "mmr-ea"],
     "--ern-prefix: an ERN prefix is capital letters A-Z and digits in groups joined by single "
     "hyphens, with no spaces; write it like MMR-EA-0001"),
    (["--reference", "R" * 65], "--reference: is too long: at most 64 characters"),
    (["--reference", " "], "--reference: cannot be empty"),
])
def test_case_add_says_what_a_field_allows_in_words(
        cli_ws: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str) -> None:
    capsys.readouterr()
    assert main(["case", "add", "--title", "Sagaing", *args]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "should match pattern" not in err and "String should" not in err
    assert "^" not in err and "$" not in err  # no regular expression
    assert main(["case", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_record_s_pattern_errors_read_as_words(cli_ws: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    record = tmp_path / "record.json"
    record.write_text(json.dumps({
        "id": "not-an-id", "title": "T", "acts": [{"violation": "AIR"}],
        "people": [{"pseudonym": "W 7 !", "role": "witness"}]}), "utf-8")
    capsys.readouterr()
    assert main(["incident", "add", "--json", str(record)]) == 2
    err = capsys.readouterr().err
    assert "people.0.pseudonym: a pseudonym may hold only letters, digits, dots, hyphens and " \
           "underscores, with no spaces; write it like W-0007" in err
    assert "id: an incident id is the 36 characters the app wrote" in err
    assert "pattern" not in err and "^" not in err


def test_pydantic_phrases_left_by_other_models_are_said_in_words() -> None:
    from evidence_app.cli.common import in_words

    bundle_problem = "manifest.json: bundle_id: String should match pattern '^[0-9a-f-]{36}$'"
    assert in_words(bundle_problem) == ("manifest.json: bundle_id: is not written in the form "
                                        "this field requires")
    assert in_words("title: Field required") == "title: is required"
    assert in_words("x: String should have at most 1 character") == ("x: is too long: at most "
                                                                      "1 character")
    assert in_words("line 3 cases: no case 'X' here") == "line 3 cases: no case 'X' here"
