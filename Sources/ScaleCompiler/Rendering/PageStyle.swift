/// The stylesheet embedded in every rendered page: readable on screen, one item per block in
/// print, no external fonts.
enum PageStyle {
    static let css = """

        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.4; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; border-bottom: 2px solid #333; margin-top: 2rem; }
        .item { border: 1px solid #bbb; border-radius: 4px; padding: 0.6rem 0.8rem; margin: 0.8rem 0; break-inside: avoid; }
        .item h3 { margin: 0 0 0.3rem; font-size: 1rem; }
        .meta { color: #555; font-size: 0.85rem; }
        ol.levels { list-style: none; padding: 0; margin: 0.4rem 0; }
        ol.levels li { display: flex; gap: 0.5rem; margin: 0.2rem 0; }
        .box { display: inline-block; min-width: 1.6rem; height: 1.6rem; border: 1.5px solid #333; text-align: center; font-weight: bold; }
        .score { margin-top: 0.4rem; } .score .box { min-width: 3rem; }
        table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
        .pair td { width: 50%; }
        .status { font-size: 0.75rem; padding: 0 0.3rem; border-radius: 3px; background: #eee; }
        .missing { background: #fde2e2; } .absent { background: #eef; } .fallback { background: #fff4d6; }
        ins { background: #d4f7d4; text-decoration: none; } del { background: #f9d0d0; }
        .relation { font-size: 0.8rem; font-weight: bold; }
        @media print { body { margin: 0; max-width: none; } .item { page-break-inside: avoid; } }

        """
}
