"""The JSON audit record: round trip, documented schema, clear errors on garbage and unknown versions."""

from __future__ import annotations

import json
from dataclasses import fields

import jsonschema
import pytest
from synthetic import make_result, with_override

from audit.model import ClaimVerdict, Provenance, QueryRun, StudyGrade
from reports import AuditRecordError, read_record, write_record
from reports.record import loads_record, schema


def test_round_trip_is_exact(tmp_path):
    result = with_override(make_result(hostile=True))
    path = write_record(result, tmp_path / "audit.json")
    assert read_record(path) == result
    assert json.loads(path.read_text("utf-8"))["schema_version"] == "1"


def test_record_validates_against_documented_schema(result):
    jsonschema.validate(json.loads(result.to_json()), schema())


@pytest.mark.parametrize(
    ("definition", "cls"),
    [("verdict", ClaimVerdict), ("study", StudyGrade), ("query", QueryRun), ("provenance", Provenance)],
)
def test_schema_documents_every_field(definition, cls):
    documented = set(schema()["$defs"][definition]["properties"])
    assert documented == {f.name for f in fields(cls)}


def test_unknown_version_is_refused_with_advice(result):
    data = json.loads(result.to_json())
    data["schema_version"] = "99"
    with pytest.raises(AuditRecordError) as err:
        loads_record(json.dumps(data), name="old.json")
    assert str(err.value) == (
        "old.json has schema_version '99', but this claim-audit reads version 1; "
        "re-run the audit or use the claim-audit that wrote it"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "x.json is not an audit record (invalid JSON: Expecting value: line 1 column 1 (char 0)); "
                     "give the audit.json written by `claim-audit audit`"),
        ("[1, 2]", "x.json is not an audit record (no schema_version); give the audit.json written by `claim-audit audit`"),
        ('{"schema_version": "1", "ledger": {}}', "x.json is incomplete: missing provenance, verdicts; re-run the audit"),
        ('{"schema_version": "1", "ledger": {}, "provenance": {}, "verdicts": []}',
         "x.json is malformed (KeyError: 'article'); re-run the audit"),
    ],
)
def test_garbage_is_refused(text, message):
    with pytest.raises(AuditRecordError) as err:
        loads_record(text, name="x.json")
    assert str(err.value) == message


def test_missing_file(tmp_path):
    with pytest.raises(AuditRecordError, match="no such audit record; run `claim-audit audit SOURCE -o DIR` first"):
        read_record(tmp_path / "nope.json")
