#!/usr/bin/env python3
"""Cuts an archive of three tables short at every STEP bytes and imports each cut with
`lookuplens-cli import --json`, run on demand (not part of the suite).

A download or copy that stopped can end anywhere: inside a header, inside an entry's data, inside
the padding after it, between two entries, inside compressed data. Each cut must import the tables
whole before it, the one it ends inside up to there, or be refused naming why -- never crash, never
break rows read = accepted + duplicate + rejected. A run is a finding when the CLI is killed by a
signal, prints a sanitizer report, exits with a code the CLI does not use, prints no JSON, or
breaks the identity; the first finding stops the sweep with the cut that made it. At the end, how
many cuts gave each outcome ("ok | ok | E:why" for the tables in the archive's order).

Usage (from the repository root; standard library only):
    python3 tests/fuzz/cut_sweep.py KIND [--cli build/app/cli/lookuplens-cli] [--step 61] [--out /tmp/llcuts]
KIND: tar, tar.gz, tar.bz2, tar.xz, zip (deflated) or zip-stored.
"""
import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile

HEADER = b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"


def table(rows, hour):
    """Calls a second apart between numbers that change with them: no two alike."""
    return HEADER + b"".join(b"2016-09-12 %02d:%02d:%02d,+1202555%04d,+1202556%04d,Voice\n"
                             % (hour, i // 60 % 60, i % 60, i, rows - i) for i in range(rows))


def archive(kind):
    files = [("LOG/a.csv", table(3, 13)), ("LOG/b.csv", table(400, 14)), ("LOG/c.csv", table(50, 15))]
    buffer = io.BytesIO()
    if kind.startswith("zip"):
        method = zipfile.ZIP_STORED if kind == "zip-stored" else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(buffer, "w", method) as z:
            for name, data in files:
                z.writestr(name, data)
    else:
        mode = {"tar": "w", "tar.gz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[kind]
        with tarfile.open(fileobj=buffer, mode=mode, format=tarfile.USTAR_FORMAT) as t:
            for name, data in files:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def outcome(cli, path, case):
    for name in os.listdir(os.path.dirname(case)):
        if name.startswith(os.path.basename(case)):
            os.remove(os.path.join(os.path.dirname(case), name))
    run = subprocess.run([cli, "import", "--json", "--case", case, path], capture_output=True, text=True)
    if run.returncode not in (0, 1, 2) or "Sanitizer" in run.stderr or "runtime error" in run.stderr:
        return None, f"exit {run.returncode}: {run.stderr[-2000:]}"
    try:
        result = json.loads(run.stdout)
    except ValueError:
        return None, f"no JSON: {run.stdout[:300]} {run.stderr[:300]}"
    kinds = []
    for file in result.get("files", []):
        if file.get("error"):
            kinds.append("E:" + file["error"].split(": ", 1)[-1][:70])
            continue
        if file["accepted"] + file["duplicate"] + file["rejected"] != file["rows_read"]:
            return None, f"accounting: {file}"
        kinds.append("ok")
    return " | ".join(kinds), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=["tar", "tar.gz", "tar.bz2", "tar.xz", "zip", "zip-stored"])
    parser.add_argument("--cli", default="build/app/cli/lookuplens-cli")
    parser.add_argument("--step", type=int, default=61)
    parser.add_argument("--out", default="/tmp/llcuts")
    args = parser.parse_args()
    whole = archive(args.kind)
    os.makedirs(args.out, exist_ok=True)
    suffix = "zip" if args.kind.startswith("zip") else args.kind
    path = os.path.join(args.out, "cut." + suffix)
    counts = {}
    for cut in range(1, len(whole), args.step):
        with open(path, "wb") as f:
            f.write(whole[:cut])
        kinds, finding = outcome(os.path.abspath(args.cli), path, os.path.join(args.out, "sweep.llcase"))
        if finding:
            print(f"finding at {cut} of {len(whole)} bytes ({path}): {finding}")
            return 1
        counts[kinds] = counts.get(kinds, 0) + 1
    for kinds, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(count, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
