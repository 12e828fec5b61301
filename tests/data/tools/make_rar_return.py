#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-return.rar: a carrier's return as a RAR archive (format 4, the
files stored, not compressed), written by hand from the format's technical note, since no RAR
writer is free software: LOG/calls.csv and a README. libarchive reads it as WinRAR's own.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_rar_return.py
"""
import struct
import zlib

CALLS = (b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
         b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
         b"2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n")
DOS_TIME = (36 << 25) | (9 << 21) | (22 << 16)  # 2016-09-22 00:00:00


def block(kind, flags, body):
    """A block: its header's CRC-32 (low 16 bits) over type, flags, size and body."""
    rest = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(rest) & 0xFFFF) + rest


def stored_file(name, data):
    """A file header (0x74) with its data after it (LONG_BLOCK: the data's size in the header),
    for a Unix host, method 0x30 (store), version 2.0 to extract."""
    encoded = name.encode("utf-8")
    body = (struct.pack("<IIBIIBBHI", len(data), len(data), 3, zlib.crc32(data), DOS_TIME, 20, 0x30, len(encoded),
                        0o100644) + encoded)
    return block(0x74, 0x8000, body) + data


archive = (b"Rar!\x1a\x07\x00" + block(0x73, 0, struct.pack("<HI", 0, 0))
           + stored_file("LOG/calls.csv", CALLS) + stored_file("README.md", b"Produced for case 16-0042.\n")
           + block(0x7B, 0x4000, b""))
with open("tests/data/carrier/cdr-return.rar", "wb") as out:
    out.write(archive)
