#!/usr/bin/env python3
"""Writes tests/data/xlsx/opendocument.ods and tests/data/xlsx/binary-workbook.xlsb: the bare
frame of an OpenDocument spreadsheet and of an Excel binary workbook, ZIPs a return may hold in a
table's place. LookupLens reads neither and must say which it is and how to make it readable.
And tests/data/xlsx/zipped-return.zip: a return zipped as delivered, its LOG/ folder's workbook
and table beside a cover letter and a Mac's "._" file, which is no workbook.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_other_spreadsheets.py
"""
import zipfile

with zipfile.ZipFile("tests/data/xlsx/opendocument.ods", "w") as ods:
    ods.writestr(zipfile.ZipInfo("mimetype", (2016, 9, 12, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
    ods.writestr(zipfile.ZipInfo("content.xml", (2016, 9, 12, 0, 0, 0)),
                 '<?xml version="1.0"?><office:document-content '
                 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')

with zipfile.ZipFile("tests/data/xlsx/binary-workbook.xlsb", "w") as xlsb:
    xlsb.writestr(zipfile.ZipInfo("[Content_Types].xml", (2016, 9, 12, 0, 0, 0)), '<?xml version="1.0"?><Types/>')
    xlsb.writestr(zipfile.ZipInfo("xl/workbook.bin", (2016, 9, 12, 0, 0, 0)), b"\x83\x01\x00")

with zipfile.ZipFile("tests/data/xlsx/zipped-return.zip", "w") as zipped:
    for name in ("LOG/9990001112_IDS_QueryLogs.xlsx", "__MACOSX/LOG/._9990001112_IDS_QueryLogs.xlsx",
                 "LOG/calls.csv", "cover letter.pdf"):
        zipped.writestr(zipfile.ZipInfo(name, (2016, 9, 12, 0, 0, 0)), b"not read")
