#!/usr/bin/env python3
"""Writes one carrier log as tests/data/xlsx/fine-times.xlsx, as an XML Spreadsheet
(fine-times.xml, as Excel 2003 writes times) and, as a legacy Excel 97-2003 workbook,
fine-times.xls (the times as the NUMBER and RK records xlwt writes, each cell naming its
format): times a spreadsheet keeps finer, or longer, than a second-resolution clock shows.
- row 2: a start time with milliseconds, "yyyy-mm-dd hh:mm:ss.000" (14:03:07.250);
- row 3: a duration of 1:02:05.5 in a clock format, "h:mm:ss" (Excel shows 1:02:06);
- row 4: a duration of 25:00:05 in an elapsed format, "[h]:mm:ss" (more than a day);
- row 5: a start time whose format, "hh:mm:ss", shows its clock and hides its date;
- row 6: a start time whose format, "yyyy-mm-dd", shows its date and hides its clock.
FreeXL writes an .xls's time to the second, and a time's clock without its day: the .xls read
3726 s, 1 h, no date and no time of day where the .xlsx reads 3725.5 s, 25 h and both moments.

The standard library is used, for the .xls Debian's python3-xlwt (without it, the .xls is left
as it is), and LibreOffice for the .ods and a second .xls (below). Run from the repository root: /usr/bin/python3 tests/data/tools/make_fine_times.py
"""
import datetime
import os
import shutil
import subprocess
import tempfile

try:
    import xlwt
except ImportError:
    xlwt = None

from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

HEADER = ["Start Time (UTC)", "Originating Number", "Terminating Number", "Call Type", "Duration (s)"]
MILLISECONDS, CLOCK, ELAPSED, TIME_ONLY, DATE_TIME, DATE_ONLY = 1, 2, 3, 4, 5, 6  # cellXfs indexes
FORMATS = {MILLISECONDS: "yyyy-mm-dd hh:mm:ss.000", CLOCK: "h:mm:ss", ELAPSED: "[h]:mm:ss",
           TIME_ONLY: "hh:mm:ss", DATE_TIME: "yyyy-mm-dd hh:mm:ss", DATE_ONLY: "yyyy-mm-dd"}


def serial(moment):
    """Excel's 1900-system serial number of a time."""
    return (moment - datetime.datetime(1899, 12, 30)) / datetime.timedelta(days=1)


def days(hours=0, minutes=0, seconds=0.0):
    return (hours * 3600 + minutes * 60 + seconds) / 86400.0


# Each cell: text, or (number, style).
ROWS = [
    [(serial(datetime.datetime(2016, 9, 12, 14, 3, 7, 250000)), MILLISECONDS), "+12025550100", "+12025550143",
     "Voice", (65, 0)],
    [(serial(datetime.datetime(2016, 9, 12, 14, 10)), DATE_TIME), "+12025550143", "+12025550100", "Voice",
     (days(1, 2, 5.5), CLOCK)],
    [(serial(datetime.datetime(2016, 9, 12, 14, 20)), DATE_TIME), "+12025550100", "+12025550147", "Voice",
     (days(25, 0, 5), ELAPSED)],
    [(serial(datetime.datetime(2016, 9, 12, 14, 30, 0, 500000)), TIME_ONLY), "+12025550147", "+12025550100",
     "Voice", (12, 0)],
    [(serial(datetime.datetime(2016, 9, 12, 14, 40, 0, 750000)), DATE_ONLY), "+12025550100", "+12025550143",
     "SMS", ""],
]
COLUMNS = "ABCDE"


def xlsx_cell(ref, value):
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    number, style = value
    return f'<c r="{ref}"{f" s={chr(34)}{style}{chr(34)}" if style else ""}><v>{number!r}</v></c>'


rows = [[*HEADER]] + ROWS
sheet = "".join(f'<row r="{n}">' + "".join(xlsx_cell(f"{COLUMNS[i]}{n}", v) for i, v in enumerate(values) if v != "") + "</row>"
                for n, values in enumerate(rows, start=1))
STYLES = (f'{XML}<styleSheet {NS}><numFmts count="{len(FORMATS)}">'
          + "".join(f'<numFmt numFmtId="{163 + style}" formatCode="{code}"/>' for style, code in FORMATS.items())
          + '</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
          f'<cellXfs count="{len(FORMATS) + 1}"><xf numFmtId="0"/>'
          + "".join(f'<xf numFmtId="{163 + style}" applyNumberFormat="1"/>' for style in FORMATS)
          + "</cellXfs></styleSheet>")
write("tests/data/xlsx/fine-times.xlsx", {
    "[Content_Types].xml": content_types(("/xl/styles.xml", "styles+xml")),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": relationships(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId2", "styles", "styles.xml")),
    "xl/worksheets/sheet1.xml": f'{XML}<worksheet {NS}><sheetData>{sheet}</sheetData></worksheet>',
    "xl/styles.xml": STYLES,
})



def ss_cell(value):
    """A cell as Excel 2003 writes one: a time as ss:Type="DateTime", to the millisecond, its
    day 0 written 1899-12-31 (Excel's "1900-01-00"; Excel's 1900-02-29, day 60, never was)."""
    if isinstance(value, str):
        return f'<Cell><Data ss:Type="String">{value}</Data></Cell>'
    number, style = value
    if not style:
        return f'<Cell><Data ss:Type="Number">{number}</Data></Cell>'
    moment = datetime.datetime(1899, 12, 31 if number < 61 else 30) + datetime.timedelta(days=number)
    return (f'<Cell ss:StyleID="s{style}"><Data ss:Type="DateTime">{moment:%Y-%m-%dT%H:%M:%S}.'
            f'{round(moment.microsecond / 1000):03d}</Data></Cell>')


with open("tests/data/xlsx/fine-times.xml", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
              '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
              'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n <Styles>'
              + "".join(f'<Style ss:ID="s{style}"><NumberFormat ss:Format="{code}"/></Style>' for style, code in FORMATS.items())
              + '</Styles>\n <Worksheet ss:Name="Log"><Table>'
              + "".join("<Row>" + "".join(ss_cell(v) for v in values if v != "") + "</Row>" for values in rows)
              + "</Table></Worksheet>\n</Workbook>\n")

if xlwt is None:
    print("python3-xlwt is not installed: tests/data/xlsx/fine-times.xls left as it is")
else:
    book = xlwt.Workbook()
    log = book.add_sheet("Log")
    styles = {style: xlwt.easyxf(num_format_str=code) for style, code in FORMATS.items()}
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            if value == "":
                continue
            if isinstance(value, str):
                log.write(number, column, value)
            else:
                log.write(number, column, value[0], styles.get(value[1], xlwt.Style.default_style))
    book.save("tests/data/xlsx/fine-times.xls")

# The same workbook as LibreOffice saves it (libreoffice-calc-nogui; its files dated, so made only
# where missing: delete one to make it again; neither the build nor the tests need LibreOffice):
# an .ods (a time as office:time-value, "PT25H00M05S"; a clock over a moment as the hours since
# 1899-12-30) and an .xls of LibreOffice's own writing.
for suffix, target in [("ods", "tests/data/xlsx/fine-times.ods"), ("xls", "tests/data/xlsx/fine-times-libreoffice.xls")]:
    if not os.path.exists(target) and shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as out:
            subprocess.run(["soffice", "--headless", "--convert-to", suffix, "--outdir", out,
                            "tests/data/xlsx/fine-times.xlsx"], check=True, stdout=subprocess.DEVNULL)
            shutil.copy(os.path.join(out, "fine-times." + suffix), target)
