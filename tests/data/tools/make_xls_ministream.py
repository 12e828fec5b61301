#!/usr/bin/env python3
"""Writes tests/data/xlsx/hidden-rows-small.xls: the workbook of hidden-rows.xls (made by
make_hidden_rows.py), its Workbook stream without the padding xlwt adds, in a compound file of its
own making where a stream under 4,096 bytes belongs: the mini stream, found through the mini
sector table (as small workbooks written by other programs are). XlsVisibility must find the
hidden rows and worksheets there too.

Only the standard library is used. Run from the repository root, after make_hidden_rows.py:
python3 tests/data/tools/make_xls_ministream.py
"""
import struct

from cfb import regular_stream

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def without_padding(stream):
    """The BIFF records up to the last EOF (0x000A) that closes a substream."""
    at, end = 0, 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        at += 4 + size
        if kind == 0x000A:
            end = at
    return stream[:end]


def entry(name, kind, child, start, size):
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NOSTREAM, NOSTREAM, child) + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size))


workbook = without_padding(regular_stream(open("tests/data/xlsx/hidden-rows.xls", "rb").read(), "Workbook"))
assert len(workbook) < 4096, len(workbook)
mini = workbook.ljust(-(-len(workbook) // 64) * 64, b"\0")
mini_sectors = len(mini) // 64
mini_stream = mini.ljust(-(-len(mini) // 512) * 512, b"\0")
big_sectors = len(mini_stream) // 512  # sectors 3.. hold the mini stream

fat = [FATSECT, END, END] + [3 + i + 1 for i in range(big_sectors - 1)] + [END]
fat += [FREE] * (128 - len(fat))
minifat = [i + 1 for i in range(mini_sectors - 1)] + [END]
minifat += [FREE] * (128 - len(minifat))
directory = (entry("Root Entry", 5, 1, 3, len(mini)) + entry("Workbook", 2, NOSTREAM, 0, len(workbook))
             + entry("", 0, NOSTREAM, 0, 0) + entry("", 0, NOSTREAM, 0, 0))
header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
          + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 2, 1, END, 0)
          + struct.pack("<109I", 0, *([FREE] * 108)))
assert len(header) == 512
with open("tests/data/xlsx/hidden-rows-small.xls", "wb") as out:
    out.write(header + struct.pack("<128I", *fat) + directory + struct.pack("<128I", *minifat) + mini_stream)
