#!/usr/bin/env python3
"""Writes the workbooks that test how a worksheet's XML is read, cell kind by cell kind, and
how damage is reported:
- tests/data/xlsx/cell-kinds.xlsx: shared strings with a phonetic reading aid and rich-text runs,
  an inline string in runs, a formula's cached text and number, a boolean, an error value, a
  skipped column, rows and cells without references, escaped characters;
- tests/data/xlsx/truncated.xlsx: a worksheet cut off in its third row;
- tests/data/xlsx/garbled-after-row.xlsx: a worksheet whose XML breaks after its row 4;
- tests/data/xlsx/entity-bomb.xlsx: a worksheet declaring nested entities ("billion laughs");
- tests/data/xlsx/bad-shared-strings.xlsx: shared strings whose XML does not close its tags;
- tests/data/xlsx/beyond-last-column.xlsx: a row with a cell past XFD, Excel's last column (a
  reference of six letters: read as a column, hundreds of millions of cells before it).

Only the standard library is used. Run from the repository root:
python3 tests/data/tools/make_cell_kinds_xlsx.py
"""
from ooxml import NS, RNS, ROOT_RELS, XML, content_types, relationships, write

SHARED = (f'{XML}<sst {NS} count="3" uniqueCount="3">'
          '<si><t>Timestamp</t></si>'
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>'
          '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text &amp; more</t></r></si>'
          '</sst>')

CELLS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line &lt;x&gt;</t></r>'
         '<rPh sb="0" eb="1"><t>no</t></rPh></is></c>'
         '<c r="C2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="D2"><f>1+1</f><v>2</v></c>'
         '<c r="E2" t="b"><v>1</v></c><c r="F2" t="b"><v>0</v></c><c r="G2" t="e"><v>#N/A</v></c></row>'
         '<row><c><v>7</v></c><c t="inlineStr"><is><t>after 2</t></is></c></row>'
         '<row r="9"><c r="b9" t="s"><v>5</v></c><c r="C9" t="s"><v>x</v></c></row>')


def workbook(out, sheet_xml, shared=None):
    parts = [("/xl/sharedStrings.xml", "sharedStrings+xml")] if shared else []
    rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if shared:
        rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
    files = {
        "[Content_Types].xml": content_types(*parts),
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'{XML}<workbook {NS} {RNS}><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": relationships(*rels),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared:
        files["xl/sharedStrings.xml"] = shared
    write(out, files)


workbook("tests/data/xlsx/cell-kinds.xlsx", f'{XML}<worksheet {NS}><sheetData>{CELLS}</sheetData></worksheet>', SHARED)
workbook("tests/data/xlsx/truncated.xlsx",
         f'{XML}<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>one</t></is></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>two</t></is></c></row><row r="3"><c r="A3" t="inl')
workbook("tests/data/xlsx/garbled-after-row.xlsx",
         f'{XML}<worksheet {NS}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>two</t></is></c></row>'
         '<row r="4"><c r="A4" t="inlineStr"><is><t>four</t></is></c></row><<row r="6"></row></sheetData></worksheet>')
LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
workbook("tests/data/xlsx/entity-bomb.xlsx",
         f'{XML}<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{LAUGHS}]><worksheet {NS}><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
workbook("tests/data/xlsx/bad-shared-strings.xlsx", f'{XML}<worksheet {NS}><sheetData/></worksheet>',
         f'{XML}<sst {NS}><si><t>a</t></si><si><t>b</sst>')
workbook("tests/data/xlsx/beyond-last-column.xlsx",
         f'{XML}<worksheet {NS}><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>kept</t></is></c><c r="ZZZZZZ2" t="inlineStr"><is><t>far</t></is></c></row>'
         '<row r="3"><c r="XFD3" t="inlineStr"><is><t>last</t></is></c></row></sheetData></worksheet>')
# Characters XML cannot hold, escaped as Excel writes them (ST_Xstring): a carriage return in a
# shared string, "_x" itself escaped, a tab in an inline string, an emoji as a surrogate pair,
# a formula's text; and "_x12_" and "_xZZZZ_", which are no escapes.
workbook("tests/data/xlsx/escaped-strings.xlsx",
         f'{XML}<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
         '<c r="C1" t="inlineStr"><is><t>tab_x0009_here _xD83D__xDE00_</t></is></c>'
         '<c r="D1" t="str"><f>"a"</f><v>_x0031_ and _x12_ and _xZZZZ_</v></c></row></sheetData></worksheet>',
         f'{XML}<sst {NS} count="2" uniqueCount="2"><si><t xml:space="preserve">Line 1_x000D_\nLine 2</t></si>'
         '<si><t>a_x005F_x0041_b</t></si></sst>')
