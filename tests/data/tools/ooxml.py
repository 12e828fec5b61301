"""The package parts every XLSX fixture needs, written the same way: a generator gives its own
worksheets (and shared strings or styles), and the bytes come out the same on every run."""
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
XML = '<?xml version="1.0" encoding="UTF-8"?>'
MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'


def content_types(*parts):
    """[Content_Types].xml for the workbook, its first sheet and (part, type after MAIN) parts."""
    overrides = [("/xl/workbook.xml", "sheet.main+xml"), ("/xl/worksheets/sheet1.xml", "worksheet+xml"), *parts]
    return (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{part}" ContentType="{MAIN}{kind}"/>' for part, kind in overrides)
            + "</Types>")


def relationships(*rels):
    """A .rels part from (id, type after REL, target)."""
    return (XML + f"<Relationships {PACKAGE_RELS}>"
            + "".join(f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{target}"/>' for rid, kind, target in rels)
            + "</Relationships>")


ROOT_RELS = relationships(("rId1", "officeDocument", "xl/workbook.xml"))


def write(path, files):
    """The package as a ZIP whose entries carry a fixed date: reproducible bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2016, 9, 22, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
