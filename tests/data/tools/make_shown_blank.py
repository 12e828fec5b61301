#!/usr/bin/env python3
"""Writes tests/data/xlsx/shown-blank.xlsx, shown-blank.xml as an XML Spreadsheet (each style's
<NumberFormat ss:Format>) and shown-blank.xls as Excel 97-2003 (FORMAT and XF records, each cell
naming its XF; the durations as RK numbers, as xlwt writes them) and shown-blank.ods as LibreOffice
converts the .xlsx (`soffice --headless --convert-to ods`: the value in office:string-value or
office:value, the text shown, none, in <text:p/>): a carrier log whose cells keep some values from the eye by
their number format, as Excel's custom format ";;;" does (every section empty):
- column C (the terminating number, read as the counterpart): ";;;" on every record, text;
- column E (the duration): "0;-0;;@", which shows a zero as nothing: row 4's 0;
- column F (notes): the same "0;-0;;@", whose text section ("@") shows text: nothing hidden.
Excel shows those cells blank; the values are in the file, and read.

The standard library is used, for the .xls Debian's python3-xlwt (without it, the .xls is left
as it is), and for the .ods LibreOffice (libreoffice-calc-nogui; its file dated, so made only
where missing: delete it to make it again; neither the build nor the tests need LibreOffice). Run from the repository root: /usr/bin/python3 tests/data/tools/make_shown_blank.py
"""
import os
import shutil
import subprocess
import tempfile

try:
    import xlwt
except ImportError:
    xlwt = None

from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)", "Notes"]
ROWS = [("2016-09-12 14:00:00", "+12025550100", "+12025550143", "Voice", 61, "first"),
        ("2016-09-12 14:10:00", "+12025550143", "+12025550100", "Voice", 62, ""),
        ("2016-09-12 14:20:00", "+12025550100", "+12025550147", "SMS", 0, "third")]
STYLE = {2: 1, 4: 2, 5: 2}  # column (from 0) -> cellXfs index
COLUMNS = "ABCDEF"


def cell(number, column, value):
    style = f' s="{STYLE[column]}"' if column in STYLE else ""
    ref = f"{COLUMNS[column]}{number}"
    if isinstance(value, int):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    return f'<c r="{ref}"{style} t="inlineStr"><is><t>{value}</t></is></c>'


def row(number, values, styled=True):
    cells = "".join(cell(number, i, v) if styled else f'<c r="{COLUMNS[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values) if v != "")
    return f'<row r="{number}">{cells}</row>'


STYLES = (f'{XML}<styleSheet {NS}><numFmts count="2"><numFmt numFmtId="164" formatCode=";;;"/>'
          '<numFmt numFmtId="165" formatCode="0;\\-0;;@"/></numFmts>'
          '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
          '<xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>')
rows = [row(1, HEADER, styled=False)] + [row(n, values) for n, values in enumerate(ROWS, start=2)]
write("tests/data/xlsx/shown-blank.xlsx", {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "styles", "styles.xml")),
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>',
    "xl/styles.xml": STYLES,
})


def ss_cell(column, value, styled):
    style = f' ss:StyleID="s{STYLE[column]}"' if styled and column in STYLE else ""
    kind = "Number" if isinstance(value, int) else "String"
    return f'<Cell ss:Index="{column + 1}"{style}><Data ss:Type="{kind}">{value}</Data></Cell>'


def ss_row(values, styled=True):
    return "<Row>" + "".join(ss_cell(i, v, styled) for i, v in enumerate(values) if v != "") + "</Row>"


with open("tests/data/xlsx/shown-blank.xml", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
              '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
              'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
              ' <Styles><Style ss:ID="Default" ss:Name="Normal"/>'
              '<Style ss:ID="s1"><NumberFormat ss:Format=";;;"/></Style>'
              '<Style ss:ID="s2"><NumberFormat ss:Format="0;\\-0;;@"/></Style></Styles>\n'
              ' <Worksheet ss:Name="Log"><Table>'
              f'{ss_row(HEADER, styled=False)}{"".join(ss_row(r) for r in ROWS)}</Table></Worksheet>\n</Workbook>\n')


if xlwt is None:
    print("python3-xlwt is not installed: tests/data/xlsx/shown-blank.xls left as it is")
else:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Log")
    formats = {1: xlwt.easyxf(num_format_str=";;;"), 2: xlwt.easyxf(num_format_str="0;\\-0;;@")}
    for column, value in enumerate(HEADER):
        sheet.write(0, column, value)
    for number, values in enumerate(ROWS, start=1):
        for column, value in enumerate(values):
            if value != "":
                sheet.write(number, column, value, formats.get(STYLE.get(column), xlwt.Style.default_style))
    book.save("tests/data/xlsx/shown-blank.xls")

ODS = "tests/data/xlsx/shown-blank.ods"
if not os.path.exists(ODS) and shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", out, "tests/data/xlsx/shown-blank.xlsx"],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "shown-blank.ods"), ODS)
