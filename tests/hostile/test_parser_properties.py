"""Property tests: parsers of outside input raise only their own typed errors, whatever comes."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from evidence_app.errors import UnlockError, ValidationError
from evidence_app.services.incidents import parse_record
from evidence_app.vault.keyfile import KeyFile

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30)

record_like = st.fixed_dictionaries({
    "title": st.text(max_size=40),
    "acts": st.lists(st.fixed_dictionaries({"violation": st.text(max_size=4)}), max_size=2),
}, optional={
    "date": st.dictionaries(st.sampled_from(["start", "end", "precision", "time"]),
                            st.text(max_size=12) | st.none(), max_size=4),
    "place": st.dictionaries(st.sampled_from(["state_region", "latitude", "longitude",
                                              "status"]),
                             st.text(max_size=12) | st.floats() | st.none(), max_size=4),
    "people": st.lists(st.dictionaries(st.sampled_from(["pseudonym", "role", "age"]),
                                       st.text(max_size=8) | st.integers()), max_size=2),
})


@given(json_values | record_like)
@settings(max_examples=300, deadline=None)
def test_parse_record_only_raises_validation_error(value: object) -> None:
    try:
        parse_record(value)
    except ValidationError as exc:
        assert exc.problems


@given(st.binary(max_size=2000) | json_values.map(lambda v: json.dumps(v).encode()),
       st.text(max_size=20))
@example(b'{"format": "evidence-app-workspace", "format_version": 1, "workspace_id": "w", '
         b'"slots": 5}', "x")
@example(b'{"format": "evidence-app-workspace", "format_version": 1, "workspace_id": "w", '
         b'"slots": [{"slot_id": "a", "kdf": {"algorithm": "argon2id", "salt": "zz"}, '
         b'"box": "00"}]}', "x")
@example(b"[1, 2]", "x")
@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_keyfile_load_and_unlock_only_raise_unlock_errors(tmp_path: Path, data: bytes,
                                                          passphrase: str) -> None:
    (tmp_path / "workspace.json").write_bytes(data)
    with contextlib.suppress(UnlockError):
        KeyFile.load(tmp_path).unlock(passphrase)
