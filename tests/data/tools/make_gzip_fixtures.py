#!/usr/bin/env python3
"""Writes returns compressed with gzip, as carriers send "calls.csv.gz":
- tests/data/ids/ids-sample.csv.gz: ids-sample.csv compressed (no time stamp in its header);
- tests/data/ids/ids-sample-twice.csv.gz: two gzip members, the file compressed twice and joined
  (`cat a.gz b.gz`), which gunzip reads as the file twice;
- tests/data/ids/ids-sample-cut.csv.gz: the first 200 bytes of ids-sample.csv.gz (a download cut short);
- tests/data/ids/ids-sample-cut-in-row.csv.gz: ids-sample.csv stored in gzip without compression
  (deflate's stored blocks), cut inside line 13's last field: what it holds up to the cut is
  lines 1-12 and line 13 but for "one" of "iPhone" (a download that stopped);
- tests/data/ids/ids-sample-bad-crc.csv.gz: ids-sample.csv.gz whose CRC-32 does not match what it holds;
- tests/data/ids/ids-sample-padded.csv.gz: ids-sample.csv.gz followed by 1,024 zero bytes (padding
  added in transit, as tapes and some portals add), which gunzip leaves out;
- tests/data/ids/ids-sample-trailing.csv.gz: ids-sample.csv.gz followed by a line of text that is
  no gzip data;
- tests/data/carrier/bomb.csv.gz: 80 MB of zeros after a header, compressed a thousand times;
- tests/data/carrier/return-gzipped.zip: a ZIP holding LOG/calls.csv.gz;
- tests/data/carrier/calls-repeated.csv.gz: 25,000 identical calls (1.3 MB, more than the 1 MB
  the reader decompresses at a time), each an event (a device can call twice in a second).

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_gzip_fixtures.py
"""
import gzip
import zipfile
import zlib


def compressed(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


with open("tests/data/ids/ids-sample.csv", "rb") as source:
    sample = source.read()
one = compressed(sample)
for path, data in [("tests/data/ids/ids-sample.csv.gz", one),
                   ("tests/data/ids/ids-sample-twice.csv.gz", one + one),
                   ("tests/data/ids/ids-sample-cut.csv.gz", one[:200]),
                   ("tests/data/ids/ids-sample-padded.csv.gz", one + bytes(1024)),
                   ("tests/data/ids/ids-sample-trailing.csv.gz", one + b"end of transmission\n"),
                   ("tests/data/ids/ids-sample-bad-crc.csv.gz", one[:-8] + bytes(b ^ 0xFF for b in one[-8:-4]) + one[-4:])]:
    with open(path, "wb") as out:
        out.write(data)

stored = zlib.compressobj(level=0, wbits=31)  # 31: a gzip header and trailer
stored_gz = stored.compress(sample) + stored.flush()
assert stored_gz[10:15][0] & 1 == 1 and len(sample) < 65535  # one final stored block: its 5-byte header, the text
lines = sample.splitlines(keepends=True)
cut_at = 15 + sum(len(line) for line in lines[:12]) + len(lines[12]) - 4  # "…,2,iPh": readable, but not whole
with open("tests/data/ids/ids-sample-cut-in-row.csv.gz", "wb") as out:
    out.write(stored_gz[:cut_at])

header = b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
row = b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
with open("tests/data/carrier/bomb.csv.gz", "wb") as out:
    out.write(compressed(header + b"0" * (80 * 1024 * 1024)))

with open("tests/data/carrier/calls-repeated.csv.gz", "wb") as out:
    out.write(compressed(header + row * 25000))

calls = header + row + b"2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n"
with zipfile.ZipFile("tests/data/carrier/return-gzipped.zip", "w", zipfile.ZIP_STORED) as z:
    info = zipfile.ZipInfo("LOG/calls.csv.gz", date_time=(2016, 9, 22, 0, 0, 0))
    z.writestr(info, compressed(calls))
