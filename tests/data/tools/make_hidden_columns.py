#!/usr/bin/env python3
"""Writes one carrier log four ways, with columns its spreadsheet program does not show: column C
(the terminating number, read as the counterpart) and column F (notes, kept among a row's other
columns) hidden, and the columns past the table hidden too, as a tidy report hides them:
- tests/data/xlsx/hidden-columns.xlsx: <col hidden="1"> (C collapsed in an outline, G to XFD);
- tests/data/xlsx/hidden-columns.ods: as LibreOffice hides them (table:visibility="collapse",
  the columns past the table written once, repeated);
- tests/data/xlsx/hidden-columns.xml: as an XML Spreadsheet (ss:Hidden, F to O one <Column> with
  ss:Span);
- tests/data/xlsx/hidden-columns.xls: as a legacy Excel 97-2003 workbook (COLINFO records).
Every column is read; the notes and provenance say which ones Excel does not show.

The standard library is used, and for the .xls Debian's python3-xlwt (without it, the .xls is
left as it is). Run from the repository root: /usr/bin/python3 tests/data/tools/make_hidden_columns.py
"""
try:
    import xlwt
except ImportError:
    xlwt = None

from odf import NS as NS_ODF, write_ods
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)", "Notes"]
ROWS = [("2016-09-12 14:00:00", "+12025550100", "+12025550143", "Voice", "61", "first"),
        ("2016-09-12 14:10:00", "+12025550143", "+12025550100", "Voice", "62", ""),
        ("2016-09-12 14:20:00", "+12025550100", "+12025550147", "SMS", "0", "third")]
HIDDEN = (2, 5)  # C and F, from 0
COLUMNS = "ABCDEF"


def xlsx_row(number, values):
    cells = "".join(f'<c r="{COLUMNS[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values) if v)
    return f'<row r="{number}">{cells}</row>'


COLS = ('<cols><col min="1" max="2" width="20" customWidth="1"/>'
        '<col min="3" max="3" width="20" hidden="1" outlineLevel="1" customWidth="1"/>'
        '<col min="6" max="6" width="0" hidden="true" customWidth="1"/>'
        '<col min="7" max="16384" width="9" hidden="1"/></cols>')
rows = [xlsx_row(1, HEADER)] + [xlsx_row(n, values) for n, values in enumerate(ROWS, start=2)]
write("tests/data/xlsx/hidden-columns.xlsx", {
    "[Content_Types].xml": content_types(),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}>{COLS}<sheetData>{"".join(rows)}</sheetData></worksheet>',
})


def ods_row(values):
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                    if v else "<table:table-cell/>" for v in values)
    return f"<table:table-row>{cells}</table:table-row>"


ODS_COLUMNS = ('<table:table-column table:number-columns-repeated="2"/>'
               '<table:table-column table:visibility="collapse"/>'
               '<table:table-column table:number-columns-repeated="2"/>'
               '<table:table-column table:visibility="collapse"/>'
               '<table:table-column table:visibility="collapse" table:number-columns-repeated="1018"/>')
CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS_ODF} office:version="1.2">'
           '<office:body><office:spreadsheet>'
           f'<table:table table:name="Log">{ODS_COLUMNS}{"".join(ods_row(r) for r in [HEADER] + ROWS)}</table:table>'
           "</office:spreadsheet></office:body></office:document-content>")
write_ods("tests/data/xlsx/hidden-columns.ods", CONTENT)


def ss_row(values):
    cells = "".join(f'<Cell ss:Index="{i + 1}"><Data ss:Type="String">{v}</Data></Cell>'
                    for i, v in enumerate(values) if v)
    return f"<Row>{cells}</Row>"


with open("tests/data/xlsx/hidden-columns.xml", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
              '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
              'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
              ' <Worksheet ss:Name="Log"><Table>'
              '<Column ss:Width="90" ss:Span="1"/><Column ss:Hidden="1" ss:Width="90"/>'
              '<Column ss:Index="6" ss:Hidden="1" ss:Span="9"/>'
              f'{"".join(ss_row(r) for r in [HEADER] + ROWS)}</Table></Worksheet>\n</Workbook>\n')


if xlwt is None:
    print("python3-xlwt is not installed: tests/data/xlsx/hidden-columns.xls left as it is")
else:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Log")
    for number, values in enumerate([HEADER] + ROWS):
        for column, value in enumerate(values):
            if value:
                sheet.write(number, column, value)
    for column in HIDDEN + tuple(range(6, 12)):
        sheet.col(column).hidden = True
    book.save("tests/data/xlsx/hidden-columns.xls")
