#!/usr/bin/env python3
"""The baseline lsk is measured against: an equivalent checker in Python with
PyYAML's C loader and jsonschema. It finds the same case roots, reads each
meeting.md's frontmatter, validates it against a JSON Schema of the fields
(types, enums, required fields of the after phase, unknown keys) and applies
the double-assurance and action-owner rules. Usage: py_check.py FOLDER
"""
import json
import os
import sys

import yaml
from jsonschema import Draft202012Validator

TEXT = {"type": ["string", "boolean", "object", "null"]}  # YAML 1.1: yes is true
PERSON = {"type": ["string", "null"]}
DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
LIST = {"type": ["array", "null"]}
REQUIRED_AFTER = [
    "kind", "date", "time", "duration_min", "place", "goal", "invited_by", "chair",
    "note_taker", "child_support_person", "invitees", "child_attends",
    "child_attendance_reason", "family_views", "memo_consent", "child_views",
    "summary", "agreed", "informing_child", "evaluation",
]
SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": REQUIRED_AFTER,
    "properties": {
        "kind": {"enum": ["daycare", "school", "family-group-conference", "fgc-follow-up"]},
        "acute": {"type": "boolean"},
        "follows": PERSON,
        "date": DATE,
        "time": {"type": ["string", "integer", "null"]},  # YAML 1.1 reads 13:00 as 780
        "duration_min": {"type": "integer", "minimum": 1},
        "place": TEXT, "goal": TEXT, "invited_by": PERSON, "chair": PERSON,
        "note_taker": PERSON, "child_support_person": PERSON,
        "invitees": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name", "role"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string"},
                "role": {"enum": ["social-worker", "social-instructor", "family-worker", "parent",
                                  "child", "relative", "daycare", "school", "convener", "other"]},
                "organisation": TEXT, "relation": TEXT, "email": TEXT, "not_for": LIST,
            }}},
        "child_attends": {"enum": ["yes", "no", "partly"]},
        "child_attendance_reason": TEXT,
        "child_preparation": {"type": "object", "additionalProperties": False, "properties": {
            k: TEXT for k in ["by", "told_who_is_coming", "told_topics",
                              "child_wants_to_talk_about", "child_wants_adults_to_discuss"]}},
        "family_views": TEXT, "plan_topics": LIST, "bottom_lines": LIST, "observe": LIST,
        "topics": LIST,
        "memo_consent": {"type": "object", "required": ["decided_with", "recipients"]},
        "child_views": TEXT, "absent": LIST, "review": LIST, "summary": TEXT,
        "agreed": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["action"], "additionalProperties": False,
            "properties": {"action": TEXT, "owner": PERSON, "due": DATE,
                           "done": {"type": "boolean"}, "not_for": LIST}}},
        "informing_child": {"type": "array", "minItems": 1},
        "evaluation": TEXT, "dissent": LIST, "plan": TEXT, "plan_lead": PERSON,
        "next_meeting": DATE, "follow_up": TEXT,
    },
}
VALIDATOR = Draft202012Validator(SCHEMA)


def case_roots(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if "lsk.yaml" in filenames:
            dirnames[:] = []
            yield dirpath


def check(path):
    findings = []
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    parts = text.split("\n---", 1)
    if not text.startswith("---") or len(parts) < 2:
        return [(path, "parse-error", None)]
    data = yaml.load(parts[0][3:], Loader=yaml.CSafeLoader) or {}
    # YAML 1.1 reads dates as dates; the schema wants text as written.
    for key in ("date", "next_meeting"):
        if key in data and not isinstance(data[key], str):
            data[key] = str(data[key])
    for item in data.get("agreed") or []:
        if isinstance(item, dict) and "due" in item and not isinstance(item["due"], str):
            item["due"] = str(item["due"])
    for error in VALIDATOR.iter_errors(data):
        findings.append((path, "schema", error.message))
    who = {i.get("who") for i in data.get("informing_child") or [] if isinstance(i, dict)}
    if len(who - {None}) < 2:
        findings.append((path, "double-assurance", None))
    for item in data.get("agreed") or []:
        if isinstance(item, dict) and not item.get("owner"):
            findings.append((path, "action-owner", None))
    return findings


def main():
    top = sys.argv[1]
    findings = []
    meetings = 0
    for root in case_roots(top):
        with open(os.path.join(root, "lsk.yaml"), encoding="utf-8") as f:
            yaml.load(f, Loader=yaml.CSafeLoader)
        mdir = os.path.join(root, "meetings")
        for name in sorted(os.listdir(mdir)):
            path = os.path.join(mdir, name, "meeting.md")
            if os.path.isfile(path):
                meetings += 1
                findings.extend(check(path))
    json.dump({"meetings": meetings, "findings": len(findings)}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
