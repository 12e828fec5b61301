"""An OpenDocument spreadsheet package as LibreOffice writes one: its mimetype first and stored,
then content.xml and a manifest naming it; the entries carry a fixed date, so that the bytes
come out the same on every run."""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>")


def write_ods(path, content, when=(2016, 9, 22, 0, 0, 0)):
    with zipfile.ZipFile(path, "w") as ods:
        for name, data, method in [("mimetype", MIMETYPE, zipfile.ZIP_STORED), ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)]:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = method
            ods.writestr(info, data)
