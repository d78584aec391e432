#!/usr/bin/env python3
"""Writes the man pages of waymark-cli, of each of its commands and of waymark from their own
--help, so that a page can never say something the program does not.

make-man-pages.py --cli PATH [--gui PATH] --version VERSION --out DIR
writes DIR/waymark-cli.1.gz, DIR/waymark-cli-COMMAND.1.gz for every command that
'waymark-cli --help' lists, and DIR/waymark.1.gz when --gui is given.
"""
import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# "Subcommands ('waymark-cli evidence SUBCOMMAND --help' describes each):" is one too.
HEADING = re.compile(r"^(Options|Arguments|Subcommands|Commands|Global options)\b.*:$")


def run_help(argv, env):
    done = subprocess.run(argv + ["--help"], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"make-man-pages: '{' '.join(argv)} --help' failed ({done.returncode}): {done.stderr}")
    return done.stdout


def escape(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # A line that starts with a dot or quote would be read as a request.
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def parse(help_text):
    """Splits a --help text into its usage line, its description lines and its named sections."""
    lines = help_text.rstrip("\n").split("\n")
    usage = lines.pop(0).removeprefix("Usage: ").strip() if lines and lines[0].startswith("Usage: ") else ""
    description, sections, current, previous = [], {}, None, ""
    for line in lines:
        heading = HEADING.match(line)
        if heading:
            current = sections.setdefault(heading.group(1), [])
        elif current is not None and not previous.strip() and line[:1].strip():
            # Unindented text after a blank line closes the list: notes that follow it.
            current = sections.setdefault("Notes", [])
            current.append(line)
        elif current is None:
            description.append(line)
        else:
            current.append(line)
        previous = line
    return usage, description, sections


def prose(lines):
    """Plain lines are filled; indented ones (lists, examples) keep their layout."""
    out, block = [], []

    def flush():
        if block:
            out.extend([".nf", *map(escape, block), ".fi"])
            block.clear()

    for line in lines:
        if not line.strip():
            flush()
            if out and out[-1] != ".PP":
                out.append(".PP")
        elif line.startswith(" "):
            block.append(line)
        else:
            flush()
            out.append(escape(line))
    flush()
    while out and out[-1] == ".PP":
        out.pop()
    return out


def entries(lines):
    """'  --name <X>  what it does' entries, with continuation lines, as tagged paragraphs."""
    out = []
    for line in lines:
        m = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", line)
        if m and not line.startswith("   "):
            out += [".TP", "\\fB" + escape(m.group(1)) + "\\fR"]
            if m.group(2):
                out.append(escape(m.group(2)))
        elif line.strip():
            out.append(escape(line.strip()))
    return out


def synopsis(usage):
    words = usage.split()
    words[0] = os.path.basename(words[0])  # Qt names the program by the path it was run from
    return [".B " + escape(" ".join(w for w in words if not w.startswith(("[", "<")) and not w.isupper())),
            escape(" ".join(w for w in words if w.startswith(("[", "<")) or w.isupper()))]


def page(name, section_title, summary, version, body):
    head = [f'.TH {escape(name.upper())} 1 "" "Waymark {version}" "{section_title}"',
            ".SH NAME", f"{escape(name)} \\- {escape(summary)}"]
    return "\n".join(head + body) + "\n"


def help_page(usage, description, sections, see_also):
    body = [".SH SYNOPSIS", *synopsis(usage), ".SH DESCRIPTION", *prose(description)]
    for title in ("Arguments", "Options"):
        if title in sections:
            body += [f".SH {title.upper()}", *entries(sections[title])]
    body += [".SH SEE ALSO", ",\n".join(f".BR {escape(p)} (1)" for p in see_also)]
    return body


def write(out_dir, name, text):
    # No name or time in the gzip header, so that the same pages give the same package.
    with open(out_dir / f"{name}.1.gz", "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0,
                                                                   compresslevel=9) as z:
        z.write(text.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gui")
    ap.add_argument("--version", required=True)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as home:
        # English pages whoever builds them, with "~" in the paths that --help shows.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": "~",
               "XDG_RUNTIME_DIR": home, "QT_QPA_PLATFORM": "offscreen"}
        cli = [args.cli]
        usage, description, sections = parse(run_help(cli, env))
        commands = [(m.group(1), m.group(2)) for m in
                    (re.match(r"^  (\S+)\s+(.*)$", line) for line in sections.get("Commands", [])) if m]
        pages = {}

        body = [".SH SYNOPSIS", *synopsis(usage), ".SH DESCRIPTION", *prose(description), ".SH COMMANDS"]
        for command, summary in commands:
            body += [".TP", f".BR waymark\\-cli\\-{escape(command)} (1)", escape(summary)]
        body += [".SH GLOBAL OPTIONS", *entries(sections.get("Global options", []))]
        if "Notes" in sections:
            body += [".SH NOTES", *prose(sections["Notes"])]
        body += [".SH SEE ALSO", ".BR waymark (1)"]
        pages["waymark-cli"] = page("waymark-cli", "User Commands", "scripts a Waymark career portfolio",
                                    args.version, body)

        for command, summary in commands:
            usage, description, sections = parse(run_help(cli + [command], env))
            subs = [m.group(1) for m in (re.match(r"^  (\S+)\s", line) for line in sections.get("Subcommands", []))
                    if m]
            if not subs:
                body = help_page(usage, description, sections, ["waymark-cli"])
            else:
                body = [".SH SYNOPSIS", *synopsis(usage), ".SH DESCRIPTION", *prose(description),
                        ".SH SUBCOMMANDS", *entries(sections["Subcommands"])]
                for sub in subs:
                    s_usage, s_description, s_sections = parse(run_help(cli + [command, sub], env))
                    body += [f".SS {escape(command + ' ' + sub)}", *synopsis(s_usage), ".PP", *prose(s_description)]
                    for title in ("Arguments", "Options"):
                        if title in s_sections:
                            body += [".PP", f".B {title}:", ".RS", *entries(s_sections[title]), ".RE"]
                body += [".SH SEE ALSO", ".BR waymark\\-cli (1)"]
            pages[f"waymark-cli-{command}"] = page(f"waymark-cli-{command}", "User Commands", summary,
                                                   args.version, body)

        if args.gui:
            usage, description, sections = parse(run_help([args.gui], env))
            pages["waymark"] = page("waymark", "User Commands",
                                    "career portfolios for social workers and occupational therapists",
                                    args.version, help_page(usage, description, sections, ["waymark-cli"]))

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.1.gz"):
        old.unlink()
    for name, text in pages.items():
        write(args.out, name, text)


if __name__ == "__main__":
    main()
