#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-date-time.xlsx: carrier records with the date and the time in
cells of their own, as carriers' workbooks hold them: both as serial numbers, a serial date
beside a text time, and a text date beside a serial time. Durations are a count of seconds in
a General cell, and fractions of a day in cells formatted h:mm:ss or [h]:mm:ss (styles.xml);
a time cell formatted as General stays a bare serial.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_cdr_xlsx.py
"""
from xml.sax.saxutils import escape

from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

OUT = "tests/data/carrier/cdr-date-time.xlsx"
TIME_14_03_07 = repr((14 * 3600 + 3 * 60 + 7) / 86400.0)

# Cell styles (cellXfs in styles.xml): 0 General, 1 a date (m/d/yyyy), 2 a time (h:mm:ss),
# 3 an elapsed time (custom [h]:mm:ss).
GENERAL, DATE, TIME, ELAPSED = 0, 1, 2, 3
rows = [
    ["Conn. Date", "Conn. Time", "Originating Number", "Terminating Number", "Duration", "Call Type", "Seized"],
    [(DATE, "42625"), (GENERAL, TIME_14_03_07), "2025550100", "2025550143", (GENERAL, "65"), "Voice",
     (TIME, "42625.585497685185")],  # a date and time shown as a clock: the value keeps its date
    [(DATE, "42626"), "2:03:07 PM", "2025550143", "2025550100", (TIME, "0"), "SMS"],
    ["09/14/2016", (TIME, TIME_14_03_07), "2025550100", "2025550143", (ELAPSED, repr(3725.5 / 86400.0)), "Voice"],
]


def cell(ref, value):
    if isinstance(value, tuple):
        return f'<c r="{ref}" s="{value[0]}"><v>{value[1]}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


sheet_rows = []
for r, row in enumerate(rows, start=1):
    cells = "".join(cell(f"{chr(ord('A') + c)}{r}", v) for c, v in enumerate(row))
    sheet_rows.append(f'<row r="{r}">{cells}</row>')

files = {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="CDR" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")),
    "xl/styles.xml": f'{XML}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/></numFmts>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/>'
    '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
}
write(OUT, files)
