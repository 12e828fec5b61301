#!/usr/bin/env python3
"""Writes ZIPs whose entries say they are encrypted with a password (general purpose flag bit 0),
as returns are sent with the password given apart:
- tests/data/carrier/encrypted-return.zip: a carrier's call records zipped with a password;
- tests/data/whatsapp/return-encrypted.zip: a WhatsApp return whose deliveries are.
The entries' bytes are not really encrypted (the standard library writes no ZipCrypto): a reader
must refuse an encrypted entry by its flag, never try to read it, so the flag is all that matters.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_encrypted_zips.py
"""
import io
import struct

from ooxml import write

def zipped(files):
    """The files as a ZIP, written as the OOXML fixtures are (fixed dates: reproducible bytes)."""
    buffer = io.BytesIO()
    write(buffer, dict(files))
    return buffer.getvalue()


def flagged_encrypted(data):
    """Sets bit 0 of the flags of every entry's local header and central directory record, found
    where the ZIP's own directory says they are (not by searching: an entry's bytes may hold a
    ZIP of their own)."""
    data = bytearray(data)
    end = data.rfind(b"PK\x05\x06")
    count, _, directory = struct.unpack_from("<HII", data, end + 10)
    at = directory
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, at + 28)
        local = struct.unpack_from("<I", data, at + 42)[0]
        for flags_at in (at + 8, local + 6):
            struct.pack_into("<H", data, flags_at, struct.unpack_from("<H", data, flags_at)[0] | 1)
        at += 46 + name_length + extra_length + comment_length
    return bytes(data)


CALLS = (b"Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
         b"2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n")
with open("tests/data/carrier/encrypted-return.zip", "wb") as out:
    out.write(flagged_encrypted(zipped([("LOG/calls.csv", CALLS)])))

with open("tests/data/whatsapp/delivery-1.zip", "rb") as delivery:
    inner = delivery.read()
with open("tests/data/whatsapp/return-encrypted.zip", "wb") as out:
    out.write(flagged_encrypted(zipped([("1122334455-delivery-1.zip", inner)])))
