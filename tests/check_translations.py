#!/usr/bin/env python3
"""Fails when the source catalogue (waymark_en_GB.ts) does not list exactly the text the code
marks for translation: lupdate is run on a copy and the two lists of messages compared.

check_translations.py LUPDATE SOURCE_DIR"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts):
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


lupdate, source = sys.argv[1], Path(sys.argv[2])
catalogue = source / "resources/translations/waymark_en_GB.ts"
with tempfile.TemporaryDirectory() as tmp:
    fresh = Path(tmp) / "waymark_en_GB.ts"
    shutil.copy(catalogue, fresh)
    subprocess.run([lupdate, "-silent", "-source-language", "en_GB", "-locations", "none", "-no-obsolete",
                    str(source / "src"), str(source / "include"), "-ts", str(fresh)], check=True)
    wanted, have = messages(fresh), messages(catalogue)
missing, stale = sorted(wanted - have), sorted(have - wanted)
for context, text in missing:
    print(f"not in waymark_en_GB.ts: {context}: {text!r}")
for context, text in stale:
    print(f"no longer in the code: {context}: {text!r}")
if missing or stale:
    print("Run: cmake --build build --target update_translations")
    sys.exit(1)
print(f"waymark_en_GB.ts lists all {len(have)} messages")
