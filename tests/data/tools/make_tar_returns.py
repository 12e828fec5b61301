#!/usr/bin/env python3
"""Writes returns delivered as tar archives (read through libarchive, as a ZIP's tables are):
- tests/data/carrier/cdr-return.tar.gz: LOG/calls.csv, a README and a Mac's "._" file;
- tests/data/carrier/cdr-return.tar: the same, not compressed;
- tests/data/carrier/cdr-return.tar.zst: the same, compressed with Zstandard;
- tests/data/carrier/evil-traversal.tar: an entry "../escaped.csv" beside a good table.
The entries carry a fixed time and owner: the bytes come out the same on every run.

The standard library is used, and for Zstandard the zstd program (Debian's package zstd).
Run from the repository root:
python3 tests/data/tools/make_tar_returns.py
"""
import gzip
import io
import subprocess
import tarfile

CALLS = (b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
         b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
         b"2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n")


def tar_bytes(files):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1474502400  # 2016-09-22
            info.uname = info.gname = "return"
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


RETURN = [("LOG/calls.csv", CALLS), ("README.md", b"Produced for case 16-0042.\n"), ("LOG/._calls.csv", b"\0\5\x16\7")]
with open("tests/data/carrier/cdr-return.tar", "wb") as out:
    out.write(tar_bytes(RETURN))
with open("tests/data/carrier/cdr-return.tar.gz", "wb") as out:
    out.write(gzip.compress(tar_bytes(RETURN), mtime=0))
with open("tests/data/carrier/cdr-return.tar.zst", "wb") as out:
    out.write(subprocess.run(["zstd", "-19", "-q", "-c", "--no-check"], input=tar_bytes(RETURN), check=True,
                             stdout=subprocess.PIPE).stdout)
with open("tests/data/carrier/evil-traversal.tar", "wb") as out:
    out.write(tar_bytes([("LOG/calls.csv", CALLS), ("../escaped.csv", CALLS)]))
