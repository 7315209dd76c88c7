#!/usr/bin/python3
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads ODT and DOCX files the way LibreOffice understands them: converts them
to HTML with LibreOffice (headless, all in one run) and prints, for each file,
its headings, the cell count of every table row, the font sizes and weights its
heading styles print with, and its text, as JSON.

usage: read_office.py FILE...    exit 3 when LibreOffice is not installed
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


# Elements that end a line of text; inline ones (font, span, b) join their text.
BLOCKS = {"p", "td", "th", "tr", "div", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6"}


class Reader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings = []  # [level, text]
        self.tables = []  # per table: cells per row
        self.text = []
        self.style = []
        self._heading = None
        self._in_style = False
        self._row = None
        self._depth = 0  # nesting of tables

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "style":
            self._in_style = True
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif tag == "tr" and self._depth == 1:
            self._row = 0
        elif tag in ("td", "th") and self._depth == 1 and self._row is not None:
            self._row += int(attrs.get("colspan") or 1)
        if tag in BLOCKS or tag == "br":
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        elif re.fullmatch(r"h[1-6]", tag) and self._heading:
            self._heading[1] = " ".join(self._heading[1].split())
            self.headings.append(self._heading)
            self._heading = None
        elif tag == "table":
            self._depth -= 1
        elif tag == "tr" and self._depth == 1 and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_data(self, data):
        if self._in_style:
            self.style.append(data)
            return
        if self._heading is not None:
            self._heading[1] += data
        self.text.append(data)


def heading_looks(css):
    """Font size (points) and weight of each heading level, and of its Chinese
    variant where LibreOffice writes one (hN.cjk), from the style sheet."""
    looks = {}
    for selector, body in re.findall(r"(h[1-6](?:\.[\w-]+)?)\s*\{([^}]*)\}", css):
        size = re.search(r"font-size:\s*([\d.]+)pt", body)
        weight = re.search(r"font-weight:\s*(\w+)", body)
        looks[selector] = {
            "size": float(size.group(1)) if size else None,
            "bold": weight.group(1) == "bold" if weight else None,
        }
    return looks


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice is not installed", file=sys.stderr)
        return 3
    files = [os.path.abspath(f) for f in sys.argv[1:]]
    result = {}
    with tempfile.TemporaryDirectory() as out:
        # A profile of its own, so that a LibreOffice the user has open is not disturbed.
        profile = "file://" + os.path.join(out, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "html",
                        "--outdir", out] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)
        for path in files:
            name = os.path.basename(path)
            converted = os.path.join(out, os.path.splitext(name)[0] + ".html")
            if not os.path.exists(converted):
                result[name] = None
                continue
            reader = Reader()
            with open(converted, encoding="utf-8") as html_file:
                reader.feed(html_file.read())
            result[name] = {
                "headings": reader.headings,
                "tables": reader.tables,
                "looks": heading_looks("".join(reader.style)),
                "text": " ".join("".join(reader.text).split()),
            }
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
