#!/usr/bin/env python3
"""Writes tests/data/carrier/cdr-references.xlsx: carrier records some of whose numbers hold a
character reference that names no character, as writers escaping UTF-16 code units write them
(half a surrogate pair): in a shared string (row 3) and in an inline string (row 4), with a
row after them (row 5); and a control character XML does not allow (U+0001, as database
exports hold them) in a shared string (row 6). Such a worksheet is not well-formed XML: the
rows after the first were lost as damage before.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_reference_xlsx.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

OUT = "tests/data/carrier/cdr-references.xlsx"

# Shared strings: 0-3 the header, 4 a number with half a surrogate pair, 5 one with U+0001.
shared = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "+1202555&#xD83D;0100",
          "+1202555\x010147"]


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def shared_cell(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


rows = [
    "".join(shared_cell(f"{c}1", i) for i, c in enumerate("ABCD")),
    inline("A2", "2016-09-12 14:03:07") + inline("B2", "+12025550100") + inline("C2", "+12025550143") + inline("D2", "Voice"),
    inline("A3", "2016-09-12 14:05:00") + shared_cell("B3", 4) + inline("C3", "+12025550143") + inline("D3", "Voice"),
    inline("A4", "2016-09-12 14:07:00") + inline("B4", "+12025550143") + inline("C4", "+1202555&#55357;0147")
    + inline("D4", "SMS"),
    inline("A5", "2016-09-12 14:09:00") + inline("B5", "+12025550143") + inline("C5", "+12025550100") + inline("D5", "SMS"),
    inline("A6", "2016-09-12 14:11:00") + inline("B6", "+12025550143") + shared_cell("C6", 5) + inline("D6", "SMS"),
]
sheet_rows = "".join(f'<row r="{r}">{cells}</row>' for r, cells in enumerate(rows, start=1))

files = {
    "[Content_Types].xml": content_types(("/xl/sharedStrings.xml", "sharedStrings+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="CDR" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "sharedStrings", "sharedStrings.xml")),
    "xl/sharedStrings.xml": f'{XML}<sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">'
    + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>",
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{sheet_rows}</sheetData></worksheet>',
}
write(OUT, files)
