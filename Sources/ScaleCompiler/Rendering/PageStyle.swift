/// The stylesheet embedded in every rendered page: readable on screen, no external fonts, then
/// the marks (``MarkStyle``) and print (``PrintStyle``).
enum PageStyle {
    static let css = base + MarkStyle.css + PrintStyle.css

    private static let base = """

        body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.4; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; border-bottom: 2px solid #333; margin-top: 2rem; }
        h1 .kind { display: block; font-size: 0.9rem; font-weight: normal; color: #444; text-transform: uppercase; letter-spacing: 0.05em; }
        .divider { color: #777; font-weight: normal; }
        .item { border: 1px solid #bbb; border-radius: 4px; padding: 0.6rem 0.8rem; margin: 0.8rem 0; break-inside: avoid; }
        .item h3 { margin: 0 0 0.3rem; font-size: 1rem; }
        .meta, .how { color: #444; font-size: 0.85rem; }
        .chrome-note { border: 1px solid #999; border-left: 4px solid #555; padding: 0.3rem 0.6rem; font-size: 0.9rem; }
        ol.levels { list-style: none; padding: 0; margin: 0.4rem 0; }
        ol.levels li { display: flex; gap: 0.5rem; margin: 0.2rem 0; }
        .box { display: inline-block; min-width: 1.6rem; height: 1.6rem; border: 1.5px solid #333; text-align: center; font-weight: bold; }
        .score { margin-top: 0.4rem; } .score .box { min-width: 3rem; }
        table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
        table.pair { table-layout: fixed; } table.pair th[scope=row], table.pair thead th:first-child { width: 22%; }
        table.pair thead th { font-size: 0.75rem; font-weight: normal; color: #444; background: #f4f4f4; }
        th .label { display: block; } code.key { font-size: 0.72rem; color: #333; overflow-wrap: anywhere; }
        .where { display: block; margin-top: 0.2rem; font-size: 0.72rem; color: #444; overflow-wrap: anywhere; }
        .where[translate=no], .where [translate=no] { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
        .legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.8rem; margin: 0; }
        .legend-entry { display: contents; } .legend dd { margin: 0; font-size: 0.9rem; }
        .relation { font-size: 0.8rem; font-weight: bold; } .relation .note { font-weight: normal; color: #444; }
        .source-change { margin-top: 0.3rem; padding: 0.2rem 0.4rem; border-left: 3px solid #b26a00; font-size: 0.85rem; }
        .source-change p { margin: 0.1rem 0; } .source-change .label { font-weight: bold; }

        """
}
