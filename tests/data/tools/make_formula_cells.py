#!/usr/bin/env python3
"""Writes one carrier log four ways, some of its cells computed by formulas:
- tests/data/xlsx/formulas.xlsx: row 3's terminating number a formula of text (its result saved,
  t="str"), row 4's duration a formula of a number, row 6's duration a formula whose result the
  file does not hold (an empty <v/>, as openpyxl writes one), row 7's start time a formula of a
  date (its serial number saved);
- tests/data/xlsx/formulas.ods: the same, as LibreOffice saves formulas (table:formula beside
  the value; row 6's with no value);
- tests/data/xlsx/formulas.xml: as an XML Spreadsheet (ss:Formula; row 6's with no <Data>);
- tests/data/xlsx/formulas.xls: as a legacy Excel 97-2003 workbook, FORMULA records holding the
  results Excel saves (a number; a text in the STRING record after it; row 6's an empty text, as
  xlwt leaves every result), row 7's in a cell formatted as a date and time.
FreeXL reads a formula cell as empty; LookupLens reads the result saved, and names the rows.

The standard library is used, and for the .xls Debian's python3-xlwt (without it, the .xls is
left as it is). Run from the repository root: /usr/bin/python3 tests/data/tools/make_formula_cells.py
"""
import datetime
import struct

try:
    import xlwt
except ImportError:
    xlwt = None

from cfb import compound_file, regular_stream
from odf import NS as NS_ODF, write_ods
from ooxml import NS, ROOT_RELS, RNS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)", "Cell Site"]
# Each cell a value, or (formula, result): the result None where the file saves none. Row 4's
# cell site a formula of text beyond Latin-1 (an .xls's STRING record holds it as UTF-16).
ROWS = [("2016-09-12 14:00:00", "+12025550100", "+12025550143", "Voice", 61, "S1"),
        ("2016-09-12 14:10:00", "+12025550143", ('"+1"&"2025550100"', "+12025550100"), "Voice", 62, "S1"),
        ("2016-09-12 14:20:00", "+12025550100", "+12025550147", "Voice", ("2*60", 120), ('"東京"&" 2"', "東京 2")),
        ("2016-09-12 14:30:00", "+12025550100", "+12025550147", "SMS", 0, "S1"),
        ("2016-09-12 14:40:00", "+12025550147", "+12025550100", "Voice", ("1+1", None), "S1"),
        (("DATE(2016,9,12)+TIME(14,50,0)", datetime.datetime(2016, 9, 12, 14, 50)), "+12025550100", "+12025550143",
         "Voice", 64, "S1")]
COLUMNS = "ABCDEF"


def serial(moment):
    """Excel's 1900-system serial number of a time."""
    return (moment - datetime.datetime(1899, 12, 30)).total_seconds() / 86400.0


def xlsx_cell(ref, value):
    if not isinstance(value, tuple):
        kind = "" if isinstance(value, int) else ' t="inlineStr"'
        return f'<c r="{ref}"{kind}><v>{value}</v></c>' if not kind else f'<c r="{ref}"{kind}><is><t>{value}</t></is></c>'
    formula, result = value
    formula = formula.replace("&", "&amp;").replace('"', "&quot;")
    if result is None:
        return f'<c r="{ref}"><f>{formula}</f><v/></c>'
    if isinstance(result, str):
        return f'<c r="{ref}" t="str"><f>{formula}</f><v>{result}</v></c>'
    number = serial(result) if isinstance(result, datetime.datetime) else result
    return f'<c r="{ref}"><f>{formula}</f><v>{number!r}</v></c>'


def xlsx():
    rows = [HEADER] + ROWS
    xml = "".join(f'<row r="{n}">' + "".join(xlsx_cell(f"{COLUMNS[i]}{n}", v) for i, v in enumerate(values)) + "</row>"
                  for n, values in enumerate(rows, start=1))
    write("tests/data/xlsx/formulas.xlsx", {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml")),
        "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{xml}</sheetData></worksheet>',
    })


ODS_NS = NS_ODF + ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'


def ods_cell(value):
    if not isinstance(value, tuple):
        if isinstance(value, int):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    formula, result = value
    formula = "of:=" + formula.replace(",", ";").replace("&", "&amp;").replace('"', "&quot;")
    if result is None:
        return f'<table:table-cell table:formula="{formula}"/>'
    if isinstance(result, str):
        return (f'<table:table-cell table:formula="{formula}" office:value-type="string" office:string-value="{result}">'
                f'<text:p>{result}</text:p></table:table-cell>')
    if isinstance(result, datetime.datetime):
        return (f'<table:table-cell table:formula="{formula}" office:value-type="date" '
                f'office:date-value="{result:%Y-%m-%dT%H:%M:%S}"><text:p>{result:%Y-%m-%d %H:%M:%S}</text:p>'
                '</table:table-cell>')
    return (f'<table:table-cell table:formula="{formula}" office:value-type="float" office:value="{result}">'
            f'<text:p>{result}</text:p></table:table-cell>')


def ods():
    rows = "".join("<table:table-row>" + "".join(ods_cell(v) for v in values) + "</table:table-row>"
                   for values in [HEADER] + ROWS)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Log">{rows}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    write_ods("tests/data/xlsx/formulas.ods", content)


def ss_cell(value):
    if not isinstance(value, tuple):
        kind = "Number" if isinstance(value, int) else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'
    formula, result = value
    formula = "=" + formula.replace("&", "&amp;").replace('"', "&quot;")
    if result is None:
        return f'<Cell ss:Formula="{formula}"/>'
    if isinstance(result, datetime.datetime):
        return (f'<Cell ss:StyleID="when" ss:Formula="{formula}"><Data ss:Type="DateTime">'
                f'{result:%Y-%m-%dT%H:%M:%S}.000</Data></Cell>')
    kind = "String" if isinstance(result, str) else "Number"
    return f'<Cell ss:Formula="{formula}"><Data ss:Type="{kind}">{result}</Data></Cell>'


def xml_spreadsheet():
    rows = "".join("<Row>" + "".join(ss_cell(v) for v in values) + "</Row>" for values in [HEADER] + ROWS)
    with open("tests/data/xlsx/formulas.xml", "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                  'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
                  ' <Styles><Style ss:ID="when"><NumberFormat ss:Format="yyyy\\-mm\\-dd\\ hh:mm:ss"/></Style></Styles>\n'
                  f' <Worksheet ss:Name="Log"><Table>{rows}</Table></Worksheet>\n</Workbook>\n')


def with_results(stream):
    """@p stream, xlwt's Workbook stream, its FORMULA records given the results ROWS saves, as
    Excel saves them: a number in the record, a text in a STRING record after it."""
    out, at = b"", 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        data = stream[at + 4:at + 4 + size]
        at += 4 + size
        after = b""
        if kind == 0x0006:
            row, column = struct.unpack_from("<HH", data)
            result = ROWS[row - 1][column][1]
            if isinstance(result, str):
                value = bytes(6) + b"\xFF\xFF"
                wide = any(ord(c) > 0xFF for c in result)
                text = result.encode("utf-16-le" if wide else "latin-1")
                after = struct.pack("<HHHB", 0x0207, 3 + len(text), len(result), int(wide)) + text
            elif result is None:
                value = data[6:14]  # xlwt's empty text (type 3): no result saved
            else:
                value = struct.pack("<d", serial(result) if isinstance(result, datetime.datetime) else float(result))
            data = data[:6] + value + data[14:]
        out += struct.pack("<HH", kind, len(data)) + data + after
    return out


def xls():
    book = xlwt.Workbook()
    sheet = book.add_sheet("Log")
    when = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    for number, values in enumerate([HEADER] + ROWS):
        for column, value in enumerate(values):
            if isinstance(value, tuple):
                style = when if isinstance(value[1], datetime.datetime) else xlwt.Style.default_style
                sheet.write(number, column, xlwt.Formula(value[0]), style)
            else:
                sheet.write(number, column, value)
    book.save("tests/data/xlsx/formulas.xls")
    stream = regular_stream(open("tests/data/xlsx/formulas.xls", "rb").read(), "Workbook")
    with open("tests/data/xlsx/formulas.xls", "wb") as out:
        out.write(compound_file([("Workbook", with_results(stream))]))


xlsx()
ods()
xml_spreadsheet()
if xlwt is None:
    print("python3-xlwt is not installed: tests/data/xlsx/formulas.xls left as it is")
else:
    xls()
