#!/usr/bin/env python3
"""Writes the fixtures of damaged returns, each derived from an intact fixture:
- tests/data/ids/ids-cut-in-row.xlsx: ids-sample.xlsx with its worksheet's XML cut off in row 13
  (cut short before it was zipped: the ZIP is whole). Rows 10-12 are records as written.
- tests/data/ids/ids-cut-before-header.xlsx: the same cut in row 5, in the metadata block.
- tests/data/ids/ids-bad-crc.xlsx: ids-sample.xlsx whose worksheet entry's CRC-32 does not match
  what it holds (as after a byte of a stored entry changed): nothing in it can be trusted.
- tests/data/ids/ids-bad-deflate.xlsx: ids-sample.xlsx whose worksheet's compressed data breaks
  half way (an invalid block after a full flush): the half before it decompresses.
- tests/data/carrier/cdr-sheets-first-cut.xlsx: cdr-sheets.xlsx whose first worksheet's XML is cut
  off before its first row (the ZIP whole): the records of the second are still there.
- tests/data/carrier/cdr-sheets-second-missing.xlsx: cdr-sheets.xlsx without its second worksheet's
  part (the workbook still names it); cdr-sheets-second-bad-crc.xlsx: that part fails its CRC-32;
  cdr-sheets-first-bad-crc.xlsx: the first worksheet's does; cdr-sheets-both-bad-crc.xlsx: both do.
- tests/data/carrier/cdr-sheets-bad-crc.ods: cdr-sheets.ods whose content.xml fails its CRC-32.
- tests/data/carrier/cdr-sheets-cut.ods: cdr-sheets.ods whose content.xml is cut off in row 4 of
  the first sheet, after three of its cells (the ZIP whole): the sheets after it are lost with it;
  cdr-sheets-second-cut.ods: the same, cut off inside the second sheet before its first row.
- tests/data/carrier/cdr-sheets-2003-cut.xls: the XML Spreadsheet cdr-sheets-2003.xls cut off
  at the same place.
- tests/data/whatsapp/return-bad-crc.zip: return.zip whose second delivery's records.html fails
  its CRC-32, inside an outer ZIP that is whole: that delivery was damaged before it was packed.
- tests/data/whatsapp/return-outer-bad-crc.zip: return.zip whose own entry for the second delivery
  fails its CRC-32: the return itself is damaged.
- tests/data/whatsapp/return-halted-delivery.zip: return.zip whose second delivery's records.html
  holds a text of 11 MB before its last message, no field's value: the page is refused, saying
  where, and the records read before it (stored as they are read) are let go.
- tests/data/whatsapp/return-garbled-delivery.zip: return.zip whose second delivery is no ZIP at
  all (its bytes garbled before it was packed).
- tests/data/whatsapp/return-cut.zip: return.zip cut short half way into its second delivery (a
  partial download: no directory at its end).
- tests/data/whatsapp/return-cut-between.zip: return.zip cut short just after its first delivery.
- tests/data/whatsapp/return-directory-damaged.zip: return.zip whose end-of-directory record is
  damaged: every entry is whole, the directory cannot be found.
- tests/data/whatsapp/return-streamed.zip: return.zip as a streaming writer packs it (sizes and
  CRC-32 in a descriptor after each entry's data), its first delivery stored, the second deflated,
  cut short where its directory begins; return-streamed-cut.zip: the same cut inside the second;
  return-streamed-zip64.zip: both deflated, with ZIP64 sizes, cut short where its directory begins.
- tests/data/whatsapp/delivery-cut.zip: delivery-1.zip cut short inside its records.html.
- tests/data/whatsapp/return-delivery-cut.zip: return.zip whose second delivery was cut short inside
  its records.html before it was packed (the return's own ZIP whole).
- tests/data/whatsapp/return-cut-bad-crc.zip: return-cut.zip whose first delivery fails its CRC-32.
- tests/data/whatsapp/evil-traversal-cut.zip, evil-bomb-cut.zip: those ZIPs with no directory;
  evil-bomb-streamed-cut.zip: the bomb packed streaming (its sizes only after its data), no directory.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_damaged_files.py
"""
import io
import struct
import zipfile
import zlib

SHEET = "xl/worksheets/sheet1.xml"


def entries(path):
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def rezip(path, items):
    """items: (ZipInfo, bytes) written as the ZipInfo says (name, date, method)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for info, data in items:
            z.writestr(info, data)
    if path:
        with open(path, "wb") as f:
            f.write(buffer.getvalue())
    return buffer.getvalue()


def replaced(items, name, data):
    return [(info, data if info.filename == name else old) for info, old in items]


def break_crc(zip_bytes, name):
    """The entry's CRC-32 changed in its local header and in the central directory."""
    data = bytearray(zip_bytes)
    encoded = name.encode()
    at = data.find(b"PK\x03\x04")
    while at >= 0:
        if data[at + 30:at + 30 + struct.unpack("<H", data[at + 26:at + 28])[0]] == encoded:
            data[at + 14] ^= 0x5A
        at = data.find(b"PK\x03\x04", at + 4)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        if data[at + 46:at + 46 + struct.unpack("<H", data[at + 28:at + 30])[0]] == encoded:
            data[at + 16] ^= 0x5A
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def zip_with_raw_entry(path, items, name, raw):
    """A ZIP as rezip writes it, but the entry @p name holds the deflate stream @p raw (its
    header keeps the CRC-32 and size of what was meant to be there)."""
    out = io.BytesIO()
    central = []
    for info, data in items:
        crc, size = zlib.crc32(data), len(data)
        stored = raw if info.filename == name else zlib.compress(data, 9)[2:-4]
        dostime = (info.date_time[3] << 11) | (info.date_time[4] << 5) | (info.date_time[5] // 2)
        dosdate = ((info.date_time[0] - 1980) << 9) | (info.date_time[1] << 5) | info.date_time[2]
        encoded = info.filename.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dostime, dosdate, crc, len(stored), size,
                              len(encoded), 0) + encoded + stored)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dostime, dosdate, crc,
                                   len(stored), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for record in central:
        out.write(record)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    with open(path, "wb") as f:
        f.write(out.getvalue())


ids = entries("tests/data/ids/ids-sample.xlsx")
sheet = dict((info.filename, data) for info, data in ids)[SHEET]
rezip("tests/data/ids/ids-cut-in-row.xlsx", replaced(ids, SHEET, sheet[:sheet.index(b'<c r="D13"') + 12]))
rezip("tests/data/ids/ids-cut-before-header.xlsx", replaced(ids, SHEET, sheet[:sheet.index(b'<row r="5">') + 20]))
with open("tests/data/ids/ids-bad-crc.xlsx", "wb") as f:
    f.write(break_crc(rezip(None, ids), SHEET))

half = sheet.index(b'<row r="13">')
packer = zlib.compressobj(9, zlib.DEFLATED, -15)
first = packer.compress(sheet[:half]) + packer.flush(zlib.Z_FULL_FLUSH)
# A block header after a full flush starts on a byte: 0b111 is a last block of the reserved type.
zip_with_raw_entry("tests/data/ids/ids-bad-deflate.xlsx", ids, SHEET, first + b"\x07" + b"\x00" * 16)

workbook = entries("tests/data/carrier/cdr-sheets.xlsx")
first = dict((info.filename, data) for info, data in workbook)[SHEET]
rezip("tests/data/carrier/cdr-sheets-first-cut.xlsx", replaced(workbook, SHEET, first[:first.index(b"<row") + 8]))
SECOND = "xl/worksheets/sheet2.xml"
rezip("tests/data/carrier/cdr-sheets-second-missing.xlsx", [item for item in workbook if item[0].filename != SECOND])
with open("tests/data/carrier/cdr-sheets-second-bad-crc.xlsx", "wb") as f:
    f.write(break_crc(rezip(None, workbook), SECOND))
with open("tests/data/carrier/cdr-sheets-first-bad-crc.xlsx", "wb") as f:
    f.write(break_crc(rezip(None, workbook), SHEET))
with open("tests/data/carrier/cdr-sheets-both-bad-crc.xlsx", "wb") as f:
    f.write(break_crc(break_crc(rezip(None, workbook), SHEET), SECOND))

ods = entries("tests/data/carrier/cdr-sheets.ods")
with open("tests/data/carrier/cdr-sheets-bad-crc.ods", "wb") as f:
    f.write(break_crc(rezip(None, ods), "content.xml"))

content = dict((info.filename, data) for info, data in ods)["content.xml"]
cut = content.index(b"+12025550100</text:p></table:table-cell>") + 40
rezip("tests/data/carrier/cdr-sheets-cut.ods", replaced(ods, "content.xml", content[:cut]))
cut = content.index(b'<table:table table:name="Records (2)">') + len(b'<table:table table:name="Records (2)">') + 11
rezip("tests/data/carrier/cdr-sheets-second-cut.ods", replaced(ods, "content.xml", content[:cut]))
with open("tests/data/carrier/cdr-sheets-2003.xls", "rb") as f:
    spreadsheet = f.read()
cut = spreadsheet.index(b'<Cell><Data ss:Type="String">+12025550100</Data></Cell>') + 55
with open("tests/data/carrier/cdr-sheets-2003-cut.xls", "wb") as f:
    f.write(spreadsheet[:cut])

deliveries = entries("tests/data/whatsapp/return.zip")
second = deliveries[1][0].filename
inner = break_crc(rezip(None, entries(io.BytesIO(deliveries[1][1]))), "records.html")
rezip("tests/data/whatsapp/return-bad-crc.zip", replaced(deliveries, second, inner))
with open("tests/data/whatsapp/return-outer-bad-crc.zip", "wb") as f:
    f.write(break_crc(rezip(None, deliveries), second))
page = dict((info.filename, data) for info, data in entries(io.BytesIO(deliveries[1][1])))["records.html"]
at = page.rindex(b"<div>Message</div>")
halted = rezip(None, replaced(entries(io.BytesIO(deliveries[1][1])), "records.html",
                              page[:at] + b"<div>" + b"y " * (11 * 512 * 1024) + b"</div>" + page[at:]))
rezip("tests/data/whatsapp/return-halted-delivery.zip", replaced(deliveries, second, halted))
rezip("tests/data/whatsapp/return-garbled-delivery.zip", replaced(deliveries, second, b"garbled " * 64))


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in: it writes each entry's sizes after its data."""
    def __init__(self):
        super().__init__()
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def streamed(items, methods, zip64=False):
    out = Unseekable()
    with zipfile.ZipFile(out, "w") as z:
        for (info, data), method in zip(items, methods):
            packed = zipfile.ZipInfo(info.filename, info.date_time)
            packed.compress_type = method
            with z.open(packed, "w", force_zip64=zip64) as entry:
                entry.write(data)
    return bytes(out.data)


def local_entries(data):
    """(name, header offset, data offset, compressed size from the header) of each local header."""
    found, at = [], 0
    while data[at:at + 4] == b"PK\x03\x04":
        size, name_len, extra_len = struct.unpack("<IHH", data[at + 18:at + 22] + data[at + 26:at + 30])
        found.append((data[at + 30:at + 30 + name_len].decode(), at, at + 30 + name_len + extra_len, size))
        at = at + 30 + name_len + extra_len + size
    return found


def directory_start(data):
    return zipfile.ZipFile(io.BytesIO(data)).start_dir


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


whole = rezip(None, deliveries)
parts = local_entries(whole)
write("tests/data/whatsapp/return-cut.zip", whole[:parts[1][2] + parts[1][3] // 2])
write("tests/data/whatsapp/return-cut-between.zip", whole[:parts[1][1]])
end = whole.rindex(b"PK\x05\x06")
write("tests/data/whatsapp/return-directory-damaged.zip", whole[:end] + b"PK\x00\x00" + whole[end + 4:])
bad = bytearray(whole[:parts[1][2] + parts[1][3] // 2])
bad[parts[0][1] + 14] ^= 0x5A
write("tests/data/whatsapp/return-cut-bad-crc.zip", bytes(bad))

stream = streamed(deliveries, [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
write("tests/data/whatsapp/return-streamed.zip", stream[:directory_start(stream)])
second = zipfile.ZipFile(io.BytesIO(stream)).infolist()[1].header_offset
write("tests/data/whatsapp/return-streamed-cut.zip", stream[:second + 30 + len(deliveries[1][0].filename) + 400])

stream = streamed(deliveries, [zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED], zip64=True)
write("tests/data/whatsapp/return-streamed-zip64.zip", stream[:directory_start(stream)])

delivery = rezip(None, entries("tests/data/whatsapp/delivery-1.zip"))
write("tests/data/whatsapp/delivery-cut.zip", delivery[:local_entries(delivery)[0][2] + 300])
for name in ("evil-traversal", "evil-bomb"):
    with open("tests/data/whatsapp/%s.zip" % name, "rb") as f:
        evil = f.read()
    write("tests/data/whatsapp/%s-cut.zip" % name, evil[:evil.index(b"PK\x01\x02")])
bomb = streamed([(zipfile.ZipInfo("records.html"), b"\0" * (80 * 1024 * 1024))], [zipfile.ZIP_DEFLATED])
write("tests/data/whatsapp/evil-bomb-streamed-cut.zip", bomb[:bomb.rindex(b"PK\x01\x02")])

rezip("tests/data/whatsapp/return-delivery-cut.zip",
      replaced(deliveries, deliveries[1][0].filename, deliveries[1][1][:400]))
