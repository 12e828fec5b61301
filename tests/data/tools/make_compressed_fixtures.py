#!/usr/bin/env python3
"""Writes returns compressed whole otherwise than with gzip (make_gzip_fixtures.py has those):
- tests/data/ids/ids-sample.csv.bz2, ids-sample.csv.xz, ids-sample.csv.zst: ids-sample.csv
  compressed with bzip2, xz and Zstandard;
- tests/data/ids/ids-sample-cut.csv.xz: the first 150 bytes of ids-sample.csv.xz (cut short),
  and ids-sample-cut.csv.bz2: the first 200 of ids-sample.csv.bz2 (inside its only block);
- tests/data/ids/ids-sample-bad.csv.bz2: ids-sample.csv.bz2 with a byte of its data changed;
  ids-sample-bad.csv.xz: ids-sample.csv.xz likewise; ids-sample-bad.csv.zst: ids-sample.csv
  compressed with Zstandard's content check, a byte of its data changed (the check fails);
- tests/data/ids/ids-sample-memory.csv.xz: ids-sample.csv.xz, its block header asking for a 4 GiB
  dictionary (its CRC32 made again): whole, but more memory to decode than LookupLens allows;
- tests/data/carrier/bomb.csv.bz2: 80 MB of zeros after a header (bzip2 makes it ~100 bytes);
- tests/data/carrier/return-xz.zip: a ZIP holding LOG/calls.csv.xz;
- tests/data/ids/ids-long.csv.gz: ids-sample.csv's lines down to its header and 5,000 records, and
  ids-long-cut.csv.bz2, .xz and .zst: the same compressed (bzip2 in 100 kB blocks, Zstandard's own
  128 KiB blocks) and cut at half the compressed bytes (a download that stopped): what each holds
  up to the cut, as bunzip2, unxz and unzstd write it, ends inside a record;
- tests/data/ids/ids-sample-twice.csv.bz2, .xz and .zst: ids-sample.csv's lines up to its 12th
  and the rest compressed apart and joined (`cat a.bz2 b.bz2`, as pbzip2 writes one stream per
  block), then 8 zero bytes (xz's own stream padding; bytes after the data for the others).
(make_tar_returns.py writes a tar compressed with Zstandard.)

bzip2 and xz come with Python; Zstandard needs the zstd program (Debian's package zstd).
Run from the repository root: python3 tests/data/tools/make_compressed_fixtures.py
"""
import bz2
import gzip
import lzma
import subprocess
import zipfile
import zlib


def zstd(data):
    return subprocess.run(["zstd", "-19", "-q", "-c", "--no-check"], input=data, check=True,
                          stdout=subprocess.PIPE).stdout


with open("tests/data/ids/ids-sample.csv", "rb") as source:
    sample = source.read()
xz = lzma.compress(sample, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64)
bz = bz2.compress(sample, 9)
bad = bytearray(bz)
bad[60] ^= 0xFF
bad_xz = bytearray(xz)
bad_xz[len(xz) // 2] ^= 0x55
checked_zstd = bytearray(subprocess.run(["zstd", "-19", "-q", "-c", "--check"], input=sample, check=True,
                                        stdout=subprocess.PIPE).stdout)
checked_zstd[len(checked_zstd) // 2] ^= 0x01


def wanting_memory(packed):
    # The block header follows the 12-byte stream header: its size, flags, then LZMA2's filter id
    # (0x21), its properties' size (1) and the dictionary's size code, 40 for 4 GiB - 1.
    size = (packed[12] + 1) * 4
    header = bytearray(packed[12:12 + size])
    assert header[1] == 0 and header[2:4] == b"\x21\x01"
    header[4] = 40
    header[-4:] = zlib.crc32(bytes(header[:-4])).to_bytes(4, "little")
    return packed[:12] + bytes(header) + packed[12 + size:]


for path, data in [("tests/data/ids/ids-sample.csv.bz2", bz),
                   ("tests/data/ids/ids-sample-bad.csv.xz", bytes(bad_xz)),
                   ("tests/data/ids/ids-sample-bad.csv.zst", bytes(checked_zstd)),
                   ("tests/data/ids/ids-sample-memory.csv.xz", wanting_memory(xz)),
                   ("tests/data/ids/ids-sample.csv.xz", xz),
                   ("tests/data/ids/ids-sample.csv.zst", zstd(sample)),
                   ("tests/data/ids/ids-sample-cut.csv.xz", xz[:150]),
                   ("tests/data/ids/ids-sample-cut.csv.bz2", bz[:200]),
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


lines = sample.splitlines(keepends=True)
header_at = next(i for i, line in enumerate(lines) if line.startswith(b"Timestamp,"))
state = 12345
records = []
for i in range(5000):
    state = (state * 1103515245 + 12345) % 2**31
    second = 1472840525 + i * 37
    stamp = "2016-09-%02d %02d:%02d:%02d" % (2 + second // 86400 % 20, second // 3600 % 24, second // 60 % 60, second % 60)
    records.append(("%s,+12025550143,tel:+1312555%04d,198.51.100.%d,%d,iPhone\n"
                    % (stamp, state % 10000, state % 200, state % 3)).encode())
long = b"".join(lines[:header_at + 1]) + b"".join(records)
with open("tests/data/ids/ids-long.csv.gz", "wb") as out:
    out.write(gzip.compress(long, 9, mtime=0))
for suffix, packed in ((".bz2", bz2.compress(long, 1)), (".xz", lzma.compress(long, format=lzma.FORMAT_XZ)),
                       (".zst", subprocess.run(["zstd", "-3", "-q", "-c"], input=long, check=True,
                                               stdout=subprocess.PIPE).stdout)):
    with open("tests/data/ids/ids-long-cut.csv" + suffix, "wb") as out:
        out.write(packed[:len(packed) // 2])

first, rest = b"".join(lines[:12]), b"".join(lines[12:])
for suffix, pack in ((".bz2", lambda data: bz2.compress(data, 9)),
                     (".xz", lambda data: lzma.compress(data, format=lzma.FORMAT_XZ)),
                     (".zst", zstd)):
    with open("tests/data/ids/ids-sample-twice.csv" + suffix, "wb") as out:
        out.write(pack(first) + pack(rest) + bytes(8))
