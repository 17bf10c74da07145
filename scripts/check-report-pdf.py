#!/usr/bin/env python3
"""Checks a review report printed to PDF: A4 pages, and no item cut across two pages.

usage: check-report-pdf.py REPORT.html REPORT.pdf

Each item (<article class="report-item">) must have its title and the end of its text on the
same page of the PDF (pdftotext per page; whitespace and ligatures normalised)."""
import html.parser, re, subprocess, sys, unicodedata

def normal(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()

class Items(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self.depth, self.current, self.in_title = [], 0, None, False
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.current is None and tag == "article" and "report-item" in (attrs.get("class") or ""):
            self.current = {"id": attrs.get("data-item"), "title": "", "text": ""}
            self.depth = 0
        if self.current is not None:
            self.depth += tag not in ("br",)
            if tag == "h4": self.in_title = True
    def handle_endtag(self, tag):
        if self.current is None: return
        if tag == "h4": self.in_title = False
        self.depth -= 1
        if tag == "article" and self.depth <= 0:
            self.items.append(self.current); self.current = None
    def handle_data(self, data):
        if self.current is None: return
        self.current["text"] += data + " "
        if self.in_title: self.current["title"] += data

page_html, pdf = sys.argv[1], sys.argv[2]
parser = Items(); parser.feed(open(page_html, encoding="utf-8").read())
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
if "(A4)" not in info: sys.exit(f"FAILED: {pdf} is not A4:\n{info}")
texts = [normal(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
         for n in range(1, pages + 1)]
# Lines wrap differently in the PDF, so compare without spaces.
squeezed = [t.replace(" ", "") for t in texts]
problems = []
for item in parser.items:
    title = normal(item["title"]).replace(" ", "")[:40]
    tail = normal(item["text"]).replace(" ", "")[-30:]
    found = [n for n, text in enumerate(squeezed, 1) if title in text and tail in text]
    if not found: problems.append(f"{item['id']}: title and end not on one page")
if len(parser.items) == 0: problems.append("no items found in the page")
if problems: sys.exit("FAILED: item cut across pages in " + pdf + ":\n  " + "\n  ".join(problems))
print(f"{pdf}: {pages} A4 pages, all {len(parser.items)} items whole on a page")
