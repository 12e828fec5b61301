#!/usr/bin/env python3
"""Writes tests/data/xlsx/ids-period-in-date-cells.xlsx: an IDS log whose block states its period
in cells of their own, the two dates as date cells (a number of days shown by the format
"yyyy-mm-dd"), as a workbook typed by hand keeps them: "Period | 42614 | through | 42617" is
2016-09-01 through 2016-09-04. Its second record, 2016-09-05 00:30:00, lies after that period.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_period_in_date_cells.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def day(ref, serial):
    return f'<c r="{ref}" s="1"><v>{serial}</v></c>'


def record(row, time, lookup):
    return (f'<row r="{row}">' + text(f"A{row}", time) + text(f"B{row}", "+12025550143")
            + text(f"C{row}", lookup) + text(f"D{row}", "198.51.100.14") + "</row>")


ROWS = ('<row r="1">' + text("A1", "IDS Query Logs") + "</row>"
        '<row r="2">' + text("A2", "Target: tel:+12025550143") + "</row>"
        '<row r="3">' + text("A3", "Period") + day("B3", 42614) + text("C3", "through") + day("D3", 42617) + "</row>"
        '<row r="5">' + text("A5", "Timestamp") + text("B5", "Source Handle") + text("C5", "Lookup Handle")
        + text("D5", "Client IP") + "</row>"
        + record(6, "2016-09-02 18:22:05", "+13125550147") + record(7, "2016-09-05 00:30:00", "+13125550148"))
STYLES = (f'{XML}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
write("tests/data/xlsx/ids-period-in-date-cells.xlsx", {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": (f'{XML}<workbook {NS} {RNS}><workbookPr/><sheets>'
                        '<sheet name="IDS Query Logs" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "styles", "styles.xml")),
    "xl/worksheets/sheet1.xml": f"{XML}<worksheet {NS}><sheetData>{ROWS}</sheetData></worksheet>",
    "xl/styles.xml": STYLES,
})
