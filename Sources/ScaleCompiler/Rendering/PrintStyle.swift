/// Print: A4, black on white (every mark keeps its symbol, label and border style), no row or
/// item cut across pages, headings kept with what follows.
enum PrintStyle {
    static let css = """

        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; color: #000; }
          *, *::before, *::after { background: none !important; color: #000 !important; box-shadow: none !important; }
          .mark, .chrome-note, .source-change { border-color: #000 !important; }
          .mark { white-space: normal; } table.counts { font-size: 8.5pt; }
          ins { text-decoration: underline; } del { text-decoration: line-through; }
          .item, tr, .legend-entry, .source-change, table.counts { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3, thead { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          a { color: #000; text-decoration: none; }
        }

        """
}
