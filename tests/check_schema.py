"""Validates every bundled pathway against the shipped JSON Schema with an independent
validator (python3-jsonschema), and checks that the schema rejects known-bad files."""
import glob
import json
import os
import sys

import jsonschema

frameworks = sys.argv[1]
schema = json.load(open(os.path.join(frameworks, "waymark-pathway.schema.json"), encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)

failures = 0
files = sorted(f for f in glob.glob(os.path.join(frameworks, "*.json")) if not f.endswith(".schema.json"))
for path in files:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors:
        print(f"{os.path.basename(path)}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)

data = os.path.join(os.path.dirname(__file__), "data", "pathways")
for bad in ["wrong-types.json", "unknown-field.json", "empty-statement.json", "bad-rule.json"]:
    if validator.is_valid(json.load(open(os.path.join(data, bad), encoding="utf-8"))):
        print(f"schema accepted the broken file {bad}")
        failures += 1

passed = len(files) + 4 - failures
print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
