/// The stylesheet of the review and comparison reports: calm on screen, black on white on A4,
/// no item, table row or chart cut across pages. No external fonts or images.
enum ReportStyle {
    static let css = """

        body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1.2rem; color: #1a1a1a; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin: 0 0 0.6rem; } h1 .kind { display: block; font-size: 0.85rem; font-weight: 600; color: #4a5a6a; text-transform: uppercase; letter-spacing: 0.06em; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #2f4858; padding-bottom: 0.15rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.5rem; }
        .meta { color: #555; font-size: 0.85rem; font-weight: normal; }
        .chrome-note { border: 1px solid #999; border-left: 4px solid #555; padding: 0.3rem 0.6rem; font-size: 0.9rem; }
        dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.4rem 1.2rem; margin: 0.8rem 0; padding: 0.7rem 0.9rem; background: #f3f6f8; border-radius: 6px; }
        dl.facts dt { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: #4a5a6a; } dl.facts dd { margin: 0; }
        .total { font-size: 1.1rem; margin: 0.2rem 0 0.6rem; } .total-value { font-size: 2.6rem; font-weight: 700; }
        .band-label { font-weight: 700; font-size: 1.3rem; }
        figure { margin: 0.6rem 0 1rem; } svg { display: block; width: 100%; height: auto; font-family: inherit; }
        .band-scale { max-width: 44rem; }
        ol.band-list { list-style: none; padding: 0; margin: 0.4rem 0 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; font-size: 0.9rem; }
        ol.band-list .range { font-variant-numeric: tabular-nums; color: #444; } ol.band-list .current { font-weight: 700; }
        table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; } td, th { border: 1px solid #c4ccd2; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
        thead th { background: #eef2f5; font-size: 0.85rem; } td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        [translate=no] { white-space: nowrap; } table.trend-items th[scope=row], table.pairs td, table.not-comparable td { font-weight: normal; font-size: 0.9rem; }
        dl.facts div.wide { grid-column: 1 / -1; }
        .remarks li { margin: 0.25rem 0; }
        .report-item { border: 1px solid #c4ccd2; border-left: 5px solid #2f7d4f; border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; break-inside: avoid; page-break-inside: avoid; }
        .report-item.missing { border-left-color: #b3261e; border-style: dashed; } .report-item.imputed { border-left-color: #b26a00; }
        .item-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; }
        .item-head h4 { margin: 0; font-size: 1rem; } .item-head .number { color: #4a5a6a; }
        .score-box { flex: none; min-width: 2.2rem; text-align: center; font-weight: 700; font-size: 1.2rem; border: 2px solid #1a1a1a; border-radius: 4px; padding: 0 0.3rem; }
        .report-item p { margin: 0.35rem 0; } .label { font-weight: 600; }
        .anchor { font-size: 0.9rem; color: #333; } .evaluator-note { font-size: 0.92rem; }
        .finding { font-size: 0.85rem; background: #f6f8f9; border-radius: 4px; padding: 0.3rem 0.6rem; margin-top: 0.4rem; }
        .finding ol { margin: 0.2rem 0; padding-left: 1.4rem; } .finding p { margin: 0.1rem 0; }
        .subtotal { float: right; font-variant-numeric: tabular-nums; color: #2f4858; }
        .section-heading { border-bottom: 1px solid #c4ccd2; }
        .verdict { font-size: 1.2rem; font-weight: 700; }
        .change-chart { max-width: 40rem; } .change-chart text { font-size: 12px; }
        caption { text-align: left; caption-side: top; padding: 0.2rem 0; }
        .level-map { font-variant-numeric: tabular-nums; white-space: nowrap; }
        .relation-note { font-size: 0.85rem; color: #444; }

        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; color: #000; }
          dl.facts, .finding, thead th { background: none; border: 1px solid #999; }
          .report-item, tr, figure, .remarks li, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3, h4, thead { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
        }

        """
}
