#!/usr/bin/env python3
"""Mutation fuzzing of `lookuplens-cli import`, run on demand (not part of the suite).

Every fixture under tests/data (CSV, TSV, XLSX, XLS, ODS, XML Spreadsheet, HTML, PDF, WhatsApp ZIPs, .gz, .bz2, .xz, .zst, JSON)
is mutated -- bytes flipped, cut, repeated; quotes, delimiters, NULs, markup inserted; a .gz's table
inside gzip that is whole; for a ZIP, one
member mutated inside a ZIP that is itself whole, so that the XML and HTML parsers are reached; for
a PDF, its pages' drawing (text and where it stands) mutated inside streams that inflate, so that
the laid-out text reaches the table reader --
and imported into a new case. A run is a finding when the CLI is killed by a signal, runs past
the time limit, prints a sanitizer report, exits with a code the CLI does not use, or imports a
file whose figures break rows read = accepted + duplicate + rejected. Findings are kept in the
output folder with the command that imports them.

Usage (from the repository root; standard library only):
    python3 tests/fuzz/fuzz_import.py [--cli build/app/cli/lookuplens-cli] [--runs 300]
                                      [--seed 1] [--out /tmp/llfuzz] [--only whatsapp/]
Build with -fsanitize=address,undefined for memory errors (README, "Fuzzing").
"""
import argparse
import bz2
import gzip
import lzma
import io
import json
import os
import random
import re
import shutil
import subprocess
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
SUFFIXES = (".csv", ".tsv", ".txt", ".lst", ".rpt", ".xlsx", ".xls", ".ods", ".html", ".zip", ".xml", ".pdf", ".gz", ".bz2", ".xz", ".zst", ".tar", ".rar",
            ".json", ".jsonl")
PROFILES = {"headerless-calls.csv": "profile/headerless-profile.json", "custom-export.csv": "profile/custom-profile.json",
            "calls.jsonl": "json/calls-profile.json"}
INSERTS = [b'"', b",", b"\n", b"\r", b"\t", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b'""', b'"\n"', b"<", b">",
           b"</td>", b"<tr>", b"9" * 40, b"2016-13-45 25:61:61", b"+", b"@", b"\xc3", b"\x80", b"&#0;",
           b"&amp;", b"<table>", b"</table>", b"<![CDATA[", b"<!--", b"\xe2\x80\xae", b"-", b" ", b"|", b"---- ",
           b"rows selected.\n", b"*************************** 9. row ***************************\n",
           b"-[ RECORD 9 ]-+---\n", b": ", b" | ", b"+\n", b") Tj ET\n", b"BT /F1 9 Tf 1 0 0 1 50 500 Tm (",
           b" 0 Td ", b"%%EOF", b"endstream", b"endobj", b"&#xD83D;", b"&#x", b"&#150;", b"\r\n",
           b'<meta charset="shift_jis">', b'<meta charset="x-unknown">', b'<meta charset="windows-1252">', b'="', b'=""', b"_x000D_",
           b' hidden="1"', b' state="veryHidden"', b' table:visibility="filter"', b"<Visible>SheetHidden</Visible>",
           b"../", b"%2", b'TargetMode="External" ',
           b"{", b"}", b"[", b"]", b'{"', b'":', b'\\"', b"\\u", b"\\ud83d", b'{"$date": ', b"null", b"1e999"]
STREAM = re.compile(rb"/Length (\d+) /Filter /FlateDecode >>\nstream\n")


def seeds():
    found = []
    for folder, _, names in os.walk(ROOT):
        if "geoip" not in folder:
            found += [os.path.join(folder, n) for n in sorted(names) if n.endswith(SUFFIXES)]
    return sorted(found)


def mutate_bytes(rnd, data):
    data = bytearray(data)
    if rnd.randrange(10) == 0:  # written on one line, as HTML may be
        data = bytearray(data.replace(b"\r", b"").replace(b"\n", b""))
    for _ in range(rnd.randint(1, 8)):
        if not data:
            data += rnd.choice(INSERTS)
            continue
        at = rnd.randrange(len(data))
        kind = rnd.randrange(6)
        if kind == 0:
            data[at] = rnd.randrange(256)
        elif kind == 1:
            data[at:at] = rnd.choice(INSERTS)
        elif kind == 2:
            del data[at:at + rnd.randint(1, 64)]
        elif kind == 3:
            start = rnd.randrange(len(data))
            data[at:at] = data[start:start + rnd.randint(1, 200)] * rnd.randint(1, 5)
        elif kind == 4:
            del data[at:]
        else:
            data[at] ^= 1 << rnd.randrange(8)
    return bytes(data)


def mutate_zip(rnd, data):
    source = zipfile.ZipFile(io.BytesIO(data))
    members = source.infolist()
    target = rnd.choice(members).filename
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in members:
            content = source.read(info)
            if info.filename == target:
                nested = info.filename.endswith(".zip") and rnd.random() < 0.7
                content = mutate_zip(rnd, content) if nested else mutate_bytes(rnd, content)
            z.writestr(info, content)
    return out.getvalue()


def mutate_pdf(rnd, data):
    """One page's drawing inflated, mutated (and a place it draws at moved), deflated again."""
    streams = list(STREAM.finditer(data))
    if not streams:
        raise ValueError("no stream")
    match = rnd.choice(streams)
    start, length = match.end(), int(match.group(1))
    content = zlib.decompress(data[start:start + length])
    numbers = list(re.finditer(rb"\d+\.\d+", content))
    if numbers and rnd.random() < 0.5:
        number = rnd.choice(numbers)
        content = content[:number.start()] + b"%.2f" % rnd.uniform(-50, 900) + content[number.end():]
    packed = zlib.compress(mutate_bytes(rnd, content))
    return (data[:match.start()] + b"/Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
            + data[start + length:])


def mutated(rnd, path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".pdf") and rnd.random() < 0.7:
        try:
            return mutate_pdf(rnd, data)
        except (ValueError, zlib.error):  # no stream that inflates: its bytes then
            pass
    # A .gz's table mutated inside gzip that is whole, so that the table's reader is reached (the
    # bomb's 80 MB are left to byte mutations).
    if path.endswith(".gz") and int.from_bytes(data[-4:], "little") < 1 << 20 and rnd.random() < 0.7:
        try:
            return gzip.compress(mutate_bytes(rnd, gzip.decompress(data)), mtime=0)
        except (OSError, EOFError, zlib.error):  # a damaged fixture: its bytes then
            pass
    if path.endswith((".bz2", ".xz")) and "bomb" not in path and rnd.random() < 0.7:  # likewise, where Python compresses it
        codec = bz2 if path.endswith(".bz2") else lzma
        try:
            return codec.compress(mutate_bytes(rnd, codec.decompress(data)))
        except (OSError, EOFError, ValueError, lzma.LZMAError):  # a damaged fixture: its bytes then
            pass
    if path.endswith((".xlsx", ".ods", ".zip")) and rnd.random() < 0.85:
        try:
            return mutate_zip(rnd, data)
        except (zipfile.BadZipFile, ValueError, EOFError, RuntimeError, zlib.error):  # damaged or encrypted: its bytes then
            pass
    return mutate_bytes(rnd, data)


def run(command, timeout):
    # A ThreadSanitizer build: helper programs are started from a process with threads.
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", UBSAN_OPTIONS="print_stacktrace=1",
               TSAN_OPTIONS="die_after_fork=0")
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=env)
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def finding(cli, case, code, stderr):
    if code == "timeout" or code < 0 or code not in (0, 1, 2):
        return "exit %s" % code
    if any(report in stderr for report in ("ERROR: AddressSanitizer", "runtime error:", "WARNING: ThreadSanitizer")):
        return "sanitizer report"
    if code != 0:
        return None
    _, out, _ = run([cli, "sources", "--case", case, "--json"], 60)
    for source in json.loads(out or "[]"):
        read, parts = source["rows_read"], source["accepted"] + source["rejected"] + source["duplicate"]
        if read != parts:
            return "rows read %d, accepted + rejected + duplicate %d" % (read, parts)
    return None


PASSWORD_FILE = ""
# Fixtures in a zone of their own: local times of the night daylight saving ends.
ZONES = {"cdr-night-of-the-change.csv": "America/New_York"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default="build/app/cli/lookuplens-cli")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="/tmp/llfuzz")
    parser.add_argument("--timeout", type=int, default=60)
    parser.add_argument("--only", default="", help="mutate only the fixtures whose path holds this text")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    global PASSWORD_FILE
    PASSWORD_FILE = os.path.join(args.out, "password.txt")
    with open(PASSWORD_FILE, "w") as f:
        f.write("s3cret\n")  # return-password.zip's, and the encrypted workbooks'
    LOCKED_PASSWORD_FILE = os.path.join(args.out, "locked-password.txt")
    with open(LOCKED_PASSWORD_FILE, "w") as f:
        f.write("secret\n")  # cdr-sided-locked.pdf's
    files = [f for f in seeds() if args.only in f]
    findings = 0
    for i in range(args.runs):
        seed = rnd.choice(files)
        sample = os.path.join(args.out, "input%d%s" % (i, os.path.splitext(seed)[1]))
        with open(sample, "wb") as f:
            f.write(mutated(rnd, seed))
        case = os.path.join(args.out, "case%d.llcase" % i)
        zone = ZONES.get(os.path.basename(seed), "UTC")
        command = [args.cli, "import", "--case", case, "--timezone", zone, "--date-order",
                   "dmy" if rnd.random() < 0.3 else "mdy"]
        if os.path.basename(seed) in PROFILES:
            command += ["--profile", os.path.join(ROOT, PROFILES[os.path.basename(seed)])]
        if "locked" in seed:  # through Poppler's decryption too
            command += ["--password-file", LOCKED_PASSWORD_FILE]
        elif "encrypted" in seed or "password" in seed or rnd.random() < 0.1:  # through the decryption too
            command += ["--password-file", PASSWORD_FILE]
        code, _, stderr = run(command + [sample], args.timeout)
        why = finding(args.cli, case, code, stderr)
        if why:
            findings += 1
            kept = os.path.join(args.out, "finding%d%s" % (i, os.path.splitext(seed)[1]))
            shutil.copy(sample, kept)
            print("finding: %s (mutated from %s)\n  %s\n%s" % (why, os.path.relpath(seed, ROOT),
                                                               " ".join(command + [kept]), stderr[-3000:]), flush=True)
        os.remove(sample)
        if os.path.exists(case):
            os.remove(case)
    print("%d runs, %d findings" % (args.runs, findings))
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
