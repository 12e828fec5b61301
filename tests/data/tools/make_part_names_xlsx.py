#!/usr/bin/env python3
"""Writes packages whose parts are not where Excel puts them, found only through their
relationships (ECMA-376 Part 2), as export tools write them:
- tests/data/xlsx/part-names.xlsx: an IDS log as a database export tool writes it:
  "xl/SharedStrings.xml" and "xl/Styles.xml" (capitals), and a worksheet stored as
  "xl/worksheets/Sheet1.xml" that the relationships call "worksheets/sheet1.xml" (part names
  compare ignoring case). A duration column in a time format shows the styles were read.
- tests/data/xlsx/workbook-elsewhere.xlsx: a Strict OOXML workbook (other namespaces and
  relationship URIs) at "spreadsheet/book.xml", its worksheets named by a percent-encoded target
  ("data%20sheet.xml"), a target climbing out of its folder ("../other/sheet2.xml"), and its
  shared strings by an absolute one ("/shared/strings.xml"); an external relationship beside them.
- tests/data/xlsx/document.docx: a Word document, which is an Office package but no workbook;
- tests/data/xlsx/no-relationships.xlsx: a workbook without its relationships part;
- tests/data/xlsx/damaged-sheet-list.xlsx, damaged-relationships.xlsx: damage in either.

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_part_names_xlsx.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Timestamp", "Source Handle", "Lookup Handle", "Client IP", "Lookup Devices", "Duration"]
ROWS = [("2016-09-02 18:22:05", "+12025550143", "tel:+13125550147", "198.51.100.14", 2, 0.000752314814814815),
        ("2016-09-03 07:01:13", "tel:+12015550123", "+12025550143", "203.0.113.77", 1, 0.5)]


def shared_strings(ns, texts):
    return (f'{XML}<sst {ns} count="{len(texts)}" uniqueCount="{len(texts)}">'
            + "".join(f"<si><t>{text}</t></si>" for text in texts) + "</sst>")


def ids_sheet(ns):
    """The header and rows, every text a shared string (in the order of TEXTS), the duration in h:mm:ss."""
    column = "ABCDEF"
    cells = "".join(f'<c r="{column[i]}1" t="s"><v>{i}</v></c>' for i in range(len(HEADER)))
    rows = [f'<row r="1">{cells}</row>']
    for r, values in enumerate(ROWS, start=2):
        row = ""
        for i, value in enumerate(values):
            if isinstance(value, str):
                row += f'<c r="{column[i]}{r}" t="s"><v>{TEXTS.index(value)}</v></c>'
            else:
                style = ' s="1"' if i == 5 else ""
                row += f'<c r="{column[i]}{r}"{style}><v>{value}</v></c>'
        rows.append(f'<row r="{r}">{row}</row>')
    return f'{XML}<worksheet {ns}><sheetData>{"".join(rows)}</sheetData></worksheet>'


TEXTS = HEADER + [value for row in ROWS for value in row if isinstance(value, str)]
STYLES = (f'{XML}<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="21" applyNumberFormat="1"/>'
          '</cellXfs></styleSheet>')

write("tests/data/xlsx/part-names.xlsx", {
    "[Content_Types].xml": content_types(("/xl/SharedStrings.xml", "sharedStrings+xml"),
                                         ("/xl/Styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "sharedStrings", "SharedStrings.xml"),
                                                ("rId3", "styles", "Styles.xml")),
    "xl/worksheets/Sheet1.xml": ids_sheet(NS),
    "xl/SharedStrings.xml": shared_strings(NS, TEXTS),
    "xl/Styles.xml": STYLES,
})

STRICT = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
STRICT_R = 'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
PACKAGE_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'


def strict_rels(*rels):
    return (XML + f"<Relationships {PACKAGE_RELS}>"
            + "".join(f'<Relationship Id="{rid}" Type="{STRICT_REL}{kind}" Target="{target}"{extra}/>'
                      for rid, kind, target, extra in rels)
            + "</Relationships>")


write("tests/data/xlsx/workbook-elsewhere.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": strict_rels(("rId1", "officeDocument", "spreadsheet/book.xml", "")),
    "spreadsheet/book.xml": (f'{XML}<workbook {STRICT} {STRICT_R}><sheets><sheet name="Log" sheetId="1" r:id="rId7"/>'
                             '<sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>'),
    "spreadsheet/_rels/book.xml.rels": strict_rels(
        ("rId5", "hyperlink", "https://example.com/sheet1.xml", ' TargetMode="External"'),
        ("rId7", "worksheet", "data%20sheet.xml", ""),
        ("rId8", "worksheet", "../other/sheet2.xml", ""),
        ("rId9", "sharedStrings", "/shared/strings.xml", "")),
    "spreadsheet/data sheet.xml": ids_sheet(STRICT),
    "other/sheet2.xml": (f'{XML}<worksheet {STRICT}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is>'
                         '</c></row></sheetData></worksheet>'),
    "shared/strings.xml": shared_strings(STRICT, TEXTS),
})

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
write("tests/data/xlsx/document.docx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": relationships(("rId1", "officeDocument", "word/document.xml")),
    "word/document.xml": f'{XML}<w:document xmlns:w="{WORD}"><w:body><w:p><w:r><w:t>Return</w:t></w:r></w:p></w:body></w:document>',
})

# A workbook whose relationships part is missing: its worksheets cannot be found.
write("tests/data/xlsx/no-relationships.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/worksheets/sheet1.xml": ids_sheet(NS),
})

# Damage in the list of worksheets (a control character XML does not allow, in the second
# sheet's name) and in the relationships (a tag not closed): the worksheets after it were left
# out without a word.
write("tests/data/xlsx/damaged-sheet-list.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": (f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/>\n'
                        '<sheet name="Log&#x1;2" sheetId="2" r:id="rId2"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "worksheet", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml": ids_sheet(NS),
})
write("tests/data/xlsx/damaged-relationships.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")).replace("/>", ">", 1),
    "xl/worksheets/sheet1.xml": ids_sheet(NS),
})
