#!/usr/bin/env python3
"""Writes one carrier log three ways, with rows its spreadsheet program does not show:
- tests/data/xlsx/hidden-rows.xlsx: row 3 hidden, rows 5-6 filtered out by an AutoFilter, an
  empty row 8 hidden (no row of the table), and a second worksheet "Older" the workbook hides;
- tests/data/xlsx/hidden-rows.ods: the same rows as LibreOffice hides them (visibility
  "collapse" and "filter", the filtered rows written once, repeated), "Older" hidden by its
  table style (table:display="false");
- tests/data/xlsx/hidden-rows.xml: as an XML Spreadsheet (ss:Hidden), "Older" hidden by its
  WorksheetOptions (SheetHidden);
- tests/data/xlsx/hidden-rows.xls: as a legacy Excel 97-2003 workbook (ROW records with no height,
  "Older" with the hidden state in its BOUNDSHEET record), and a third worksheet "Very hidden"
  of one older record, "very hidden" (state 2) as only a macro can make one.
Every row is read; the notes and provenance say which ones Excel does not show.

The standard library is used, and for the .xls Debian's python3-xlwt (without it, the .xls is
left as it is). Run from the repository root: /usr/bin/python3 tests/data/tools/make_hidden_rows.py
"""
try:
    import xlwt
except ImportError:
    xlwt = None

from odf import NS as NS_ODF, write_ods
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"]
ROWS = [("2016-09-12 14:00:00", "+12025550100", "+12025550143", "Voice", "61"),
        ("2016-09-12 14:10:00", "+12025550143", "+12025550100", "Voice", "62"),  # row 3: hidden
        ("2016-09-12 14:20:00", "+12025550100", "+12025550143", "SMS", "0"),
        ("2016-09-12 14:30:00", "+12025550100", "+12025550147", "SMS", "0"),  # rows 5-6: filtered out
        ("2016-09-12 14:30:00", "+12025550100", "+12025550147", "SMS", "0"),
        ("2016-09-12 14:40:00", "+12025550147", "+12025550100", "Voice", "63")]
HIDDEN = {3, 5, 6}
OLDER = ("2016-09-11 09:00:00", "+12025550100", "+12025550143", "Voice", "64")  # a worksheet hidden
COLUMNS = "ABCDE"


def xlsx_row(number, values, attributes=""):
    cells = "".join(f'<c r="{COLUMNS[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))
    return f'<row r="{number}"{attributes}>{cells}</row>'


def xlsx_sheet(rows, extra=""):
    return f'{XML}<worksheet {NS}><sheetData>{"".join(rows)}</sheetData>{extra}</worksheet>'


log = [xlsx_row(1, HEADER)] + [xlsx_row(n, values, ' hidden="1"' if n in HIDDEN else "")
                               for n, values in enumerate(ROWS, start=2)]
log.append('<row r="8" hidden="1"/>')
write("tests/data/xlsx/hidden-rows.xlsx", {
    "[Content_Types].xml": content_types(("/xl/worksheets/sheet2.xml", "worksheet+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": (f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/>'
                        '<sheet name="Older" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "worksheet", "worksheets/sheet2.xml")),
    "xl/worksheets/sheet1.xml": xlsx_sheet(log, '<autoFilter ref="A1:E7"><filterColumn colId="2"><filters>'
                                                '<filter val="+12025550143"/><filter val="+12025550100"/></filters>'
                                                '</filterColumn></autoFilter>'),
    "xl/worksheets/sheet2.xml": xlsx_sheet([xlsx_row(1, HEADER),
                                            xlsx_row(2, OLDER)]),
})

ODS_NS = NS_ODF


def ods_row(values, attributes=""):
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in values)
    return f"<table:table-row{attributes}>{cells}</table:table-row>"


ods_rows = [ods_row(HEADER), ods_row(ROWS[0]), ods_row(ROWS[1], ' table:visibility="collapse"'), ods_row(ROWS[2]),
            ods_row(ROWS[3], ' table:visibility="filter" table:number-rows-repeated="2"'), ods_row(ROWS[5]),
            '<table:table-row table:visibility="collapse"><table:table-cell/></table:table-row>']
STYLES = ('<office:automatic-styles><style:style style:name="ta1" style:family="table">'
          '<style:table-properties table:display="true"/></style:style>'
          '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
          '</style:style></office:automatic-styles>')
CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">'
           f'{STYLES}<office:body><office:spreadsheet>'
           f'<table:table table:name="Log" table:style-name="ta1">{"".join(ods_rows)}</table:table>'
           f'<table:table table:name="Older" table:style-name="ta2">{ods_row(HEADER)}{ods_row(OLDER)}</table:table>'
           "</office:spreadsheet></office:body></office:document-content>")
write_ods("tests/data/xlsx/hidden-rows.ods", CONTENT)


def ss_row(values, attributes=""):
    cells = "".join(f'<Cell><Data ss:Type="String">{v}</Data></Cell>' for v in values)
    return f"<Row{attributes}>{cells}</Row>"


ss_rows = [ss_row(HEADER)] + [ss_row(values, ' ss:Hidden="1"' if n in HIDDEN else "")
                              for n, values in enumerate(ROWS, start=2)]
with open("tests/data/xlsx/hidden-rows.xml", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
              '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
              'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
              f' <Worksheet ss:Name="Log"><Table>{"".join(ss_rows)}<Row ss:Hidden="1"/></Table></Worksheet>\n'
              f' <Worksheet ss:Name="Older"><Table>{ss_row(HEADER)}{ss_row(OLDER)}</Table>\n'
              '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible>'
              "</WorksheetOptions></Worksheet>\n</Workbook>\n")


if xlwt is None:
    print("python3-xlwt is not installed: tests/data/xlsx/hidden-rows.xls left as it is")
else:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Log")
    for number, values in enumerate([HEADER] + ROWS, start=1):
        for column, value in enumerate(values):
            sheet.write(number - 1, column, value)
        sheet.row(number - 1).hidden = number in HIDDEN
    sheet.row(7).hidden = True  # row 8, empty: no row of the table
    older = book.add_sheet("Older")
    for number, values in enumerate([HEADER, OLDER]):
        for column, value in enumerate(values):
            older.write(number, column, value)
    older.visibility = 1
    secret = book.add_sheet("Very hidden")
    for number, values in enumerate([HEADER, ("2016-09-10 08:00:00",) + OLDER[1:]]):
        for column, value in enumerate(values):
            secret.write(number, column, value)
    secret.visibility = 2
    book.save("tests/data/xlsx/hidden-rows.xls")
