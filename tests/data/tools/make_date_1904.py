#!/usr/bin/env python3
"""Writes tests/data/xlsx/date-1904.xlsx: an IDS log saved by Excel for Mac 2008, whose workbook
counts its date serials from 1904-01-01 (workbookPr date1904="1"): 2016-09-02 18:22:41 is stored
as 41153.765752314815, 1462 days fewer than a 1900 workbook stores it. A second row's time is text.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_date_1904.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


ROWS = ('<row r="1">' + text("A1", "Timestamp") + text("B1", "Source Handle") + text("C1", "Lookup Handle")
        + text("D1", "Client IP") + "</row>"
        '<row r="2"><c r="A2" s="1"><v>41153.765752314815</v></c>' + text("B2", "+12025550143")
        + text("C2", "+13125550147") + text("D2", "198.51.100.14") + "</row>"
        '<row r="3">' + text("A3", "2016-09-02 18:22:05") + text("B3", "+12025550143") + text("C3", "+13125550147")
        + text("D3", "198.51.100.14") + "</row>")
STYLES = (f'{XML}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
write("tests/data/xlsx/date-1904.xlsx", {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": (f'{XML}<workbook {NS} {RNS}><workbookPr date1904="1"/><sheets>'
                        '<sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "styles", "styles.xml")),
    "xl/worksheets/sheet1.xml": f"{XML}<worksheet {NS}><sheetData>{ROWS}</sheetData></worksheet>",
    "xl/styles.xml": STYLES,
})
