#!/usr/bin/env python3
"""Writes returns compressed whole otherwise than with gzip (make_gzip_fixtures.py has those):
- tests/data/ids/ids-sample.csv.bz2, ids-sample.csv.xz, ids-sample.csv.zst: ids-sample.csv
  compressed with bzip2, xz and Zstandard;
- tests/data/ids/ids-sample-cut.csv.xz: the first 150 bytes of ids-sample.csv.xz (cut short);
- tests/data/ids/ids-sample-bad.csv.bz2: ids-sample.csv.bz2 with a byte of its data changed;
- tests/data/carrier/bomb.csv.bz2: 80 MB of zeros after a header (bzip2 makes it ~100 bytes);
- tests/data/carrier/return-xz.zip: a ZIP holding LOG/calls.csv.xz.
(make_tar_returns.py writes a tar compressed with Zstandard.)

bzip2 and xz come with Python; Zstandard needs the zstd program (Debian's package zstd).
Run from the repository root: python3 tests/data/tools/make_compressed_fixtures.py
"""
import bz2
import lzma
import subprocess
import zipfile


def zstd(data):
    return subprocess.run(["zstd", "-19", "-q", "-c", "--no-check"], input=data, check=True,
                          stdout=subprocess.PIPE).stdout


with open("tests/data/ids/ids-sample.csv", "rb") as source:
    sample = source.read()
xz = lzma.compress(sample, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64)
bz = bz2.compress(sample, 9)
bad = bytearray(bz)
bad[60] ^= 0xFF
for path, data in [("tests/data/ids/ids-sample.csv.bz2", bz),
                   ("tests/data/ids/ids-sample.csv.xz", xz),
                   ("tests/data/ids/ids-sample.csv.zst", zstd(sample)),
                   ("tests/data/ids/ids-sample-cut.csv.xz", xz[:150]),
                   ("tests/data/ids/ids-sample-bad.csv.bz2", bytes(bad))]:
    with open(path, "wb") as out:
        out.write(data)

header = b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
calls = header + (b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
                  b"2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n")
with open("tests/data/carrier/bomb.csv.bz2", "wb") as out:
    out.write(bz2.compress(header + b"0" * (80 * 1024 * 1024), 9))

with zipfile.ZipFile("tests/data/carrier/return-xz.zip", "w", zipfile.ZIP_STORED) as z:
    z.writestr(zipfile.ZipInfo("LOG/calls.csv.xz", date_time=(2016, 9, 22, 0, 0, 0)),
               lzma.compress(calls, format=lzma.FORMAT_XZ))

