#!/usr/bin/env python3
"""Writes ZIPs whose entries say they are encrypted with a password (general purpose flag bit 0),
as returns are sent with the password given apart:
- tests/data/carrier/encrypted-return.zip: a carrier's call records zipped with a password;
- tests/data/whatsapp/return-encrypted.zip: a WhatsApp return whose deliveries are.
The entries' bytes of those two are not really encrypted: read without a password, an encrypted
entry is refused by its flag, so the flag is all that matters there. And one that is:
- tests/data/carrier/return-password.zip: LOG/calls.csv and a README encrypted with PKWARE's
  traditional cipher ("ZipCrypto", APPNOTE 6.1), password "s3cret", written here since the
  standard library encrypts nothing; its 12-byte headers' random bytes are fixed (reproducible);
- tests/data/carrier/return-password-cp1252.zip and return-password-cp850.zip: the same with the
  password "geheimé" as WinZip (Windows' code page) and 7-Zip (DOS's, 850) encode it for that cipher;
- tests/data/whatsapp/return-password.zip and return-pages-password.zip: return.zip sent with the
  password "s3cret", its own ZIP encrypted, or the pages inside its deliveries' ZIPs;
- tests/data/xlsx/return-three-passwords.zip: a return zipped with the password "0utside" (ZipCrypto)
  holding files encrypted with passwords of their own, as a provider may send them: the workbook
  ids-password.xlsx ("s3cret") and the PDF cdr-sided-locked.pdf ("secret"), under LOG/.
The password "wrong-14" is none of return-password.zip's, but passes LOG/calls.csv's one-byte
check there (as one wrong password in 256 does): decrypted with it, the entry fails its CRC-32.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_encrypted_zips.py
"""
import io
import struct
import zipfile
import zlib

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


def zipcrypto(data, password, check):
    """APPNOTE 6.1.6: the 12-byte header (its last byte the CRC-32's high byte) and the data, encrypted."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc(value, byte):
        return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(byte):
        keys[0] = crc(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc(keys[2], keys[1] >> 24)

    for byte in password:
        update(byte)
    out = bytearray()
    for byte in bytes(range(1, 12)) + bytes([check]) + data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
        update(byte)
    return bytes(out)


def encrypted_zip(files, password):
    """A ZIP of @p files stored (method 0) and encrypted (flag bit 0), a fixed date."""
    local, central = b"", b""
    for name, data in files:
        encoded = name.encode()
        crc32 = zlib.crc32(data)
        body = zipcrypto(data, password, crc32 >> 24)
        fields = struct.pack("<HHHHHIII", 20, 1, 0, 0, 0x4D21, crc32, len(body), len(data))
        central += (b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0,
                                                                                  len(local)) + encoded)
        local += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + body
    return (local + central + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(files), len(files), len(central),
                                                            len(local), 0))


with open("tests/data/carrier/return-password.zip", "wb") as out:
    out.write(encrypted_zip([("LOG/calls.csv", CALLS), ("README.md", b"Password sent apart.\n")], b"s3cret"))

for name, encoding in (("cp1252", "cp1252"), ("cp850", "cp850")):
    with open(f"tests/data/carrier/return-password-{name}.zip", "wb") as out:
        out.write(encrypted_zip([("LOG/calls.csv", CALLS), ("README.md", b"Password sent apart.\n")],
                                "geheim\u00e9".encode(encoding)))

with open("tests/data/xlsx/ids-password.xlsx", "rb") as workbook, open("tests/data/carrier/cdr-sided-locked.pdf", "rb") as pdf:
    locked = [("LOG/ids-password.xlsx", workbook.read()), ("LOG/cdr-sided-locked.pdf", pdf.read())]
with open("tests/data/xlsx/return-three-passwords.zip", "wb") as out:
    out.write(encrypted_zip(locked, b"0utside"))

# A WhatsApp return of two overlapping deliveries (return.zip's) sent with the password "s3cret":
# the return's ZIP encrypted (its deliveries decrypted and held, their pages read out of them),
# and the pages encrypted inside their deliveries' ZIPs (each decrypted again as it is read).
with zipfile.ZipFile("tests/data/whatsapp/return.zip") as plain:
    deliveries = [(name, plain.read(name)) for name in sorted(plain.namelist())]
with open("tests/data/whatsapp/return-password.zip", "wb") as out:
    out.write(encrypted_zip(deliveries, b"s3cret"))
pages = []
for name, delivery in deliveries:
    with zipfile.ZipFile(io.BytesIO(delivery)) as inner:
        pages.append((name, encrypted_zip([(entry, inner.read(entry)) for entry in inner.namelist()], b"s3cret")))
with open("tests/data/whatsapp/return-pages-password.zip", "wb") as out:
    out.write(zipped(pages))
