#!/usr/bin/env python3
"""Validates records against JSON Schemas with Python's `jsonschema` (a second, independent implementation).

Reads from standard input: {"schemas": {file name: schema}, "cases": [{"schema": file name, "input": record}]}
Writes to standard output: a JSON array with one boolean per case (true: the record is valid).
Formats are checked, as ajv-formats does. `date-time` falls back to an RFC 3339 check of its own when
jsonschema lacks one (Debian packages no rfc3339-validator); any other format it cannot check is named on
standard error. Exits 3, with a note on how to install it, when jsonschema is missing.

Install: Debian/Ubuntu `apt-get install python3-jsonschema python3-rfc3987` (or `pip install "jsonschema[format]"`).
"""
import calendar
import json
import re
import sys

HOW_TO_INSTALL = (
    'Install it with `apt-get install python3-jsonschema python3-rfc3987` or `pip install "jsonschema[format]"`.'
)
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$", re.ASCII
)


def is_rfc3339_date_time(instance):
    """RFC 3339 section 5.6: a real calendar day, hours 0-23, minutes 0-59, seconds 0-60 (leap second)."""
    if not isinstance(instance, str):
        return True
    match = RFC3339.match(instance)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    offset_hours, offset_minutes = match.group(9), match.group(10)
    return offset_hours is None or (int(offset_hours) <= 23 and int(offset_minutes) <= 59)

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    sys.stderr.write(f"The Python module jsonschema is missing. {HOW_TO_INSTALL}\n")
    sys.exit(3)


def formats_in(node, found):
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for value in node.values():
            formats_in(value, found)
    elif isinstance(node, list):
        for value in node:
            formats_in(value, found)
    return found


def main():
    request = json.load(sys.stdin)
    schemas = request["schemas"]
    checker = FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(is_rfc3339_date_time)
    used = set()
    for schema in schemas.values():
        formats_in(schema, used)
    missing = sorted(name for name in used if name not in checker.checkers)
    if missing:
        sys.stderr.write(f"jsonschema cannot check the formats {', '.join(missing)}. {HOW_TO_INSTALL}\n")
    validators = {}
    for name, schema in schemas.items():
        Draft202012Validator.check_schema(schema)
        validators[name] = Draft202012Validator(schema, format_checker=checker)
    verdicts = [validators[case["schema"]].is_valid(case["input"]) for case in request["cases"]]
    json.dump(verdicts, sys.stdout)


main()
