#!/usr/bin/env python3
"""Writes tests/data/xlsx/unix-times.xlsx: an IDS log whose times a database export wrote into the
workbook as numbers of seconds since 1970 (General cells, no date format): 1473689000 is
2016-09-12 14:03:20 UTC. Read as a spreadsheet's date serial it would be thousands of years on.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_unix_times_xlsx.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def row(number, seconds):
    return (f'<row r="{number}"><c r="A{number}"><v>{seconds}</v></c>' + text(f"B{number}", "+12025550143")
            + text(f"C{number}", "+13125550147") + text(f"D{number}", "198.51.100.14") + "</row>")


ROWS = ('<row r="1">' + text("A1", "Timestamp") + text("B1", "Source Handle") + text("C1", "Lookup Handle")
        + text("D1", "Client IP") + "</row>" + row(2, "1473689000") + row(3, "1473689000.5"))
write("tests/data/xlsx/unix-times.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": (f'{XML}<workbook {NS} {RNS}><sheets>'
                        '<sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml": f"{XML}<worksheet {NS}><sheetData>{ROWS}</sheetData></worksheet>",
})
