/// How the marks look on screen: each a colour, a border style and a badge with a symbol and a
/// label, so no mark is told by colour alone.
enum MarkStyle {
    static let css = """

        .mark { display: inline-block; font-size: 0.75rem; font-weight: bold; padding: 0 0.35rem; border-radius: 3px; border: 1.5px solid; white-space: nowrap; margin-right: 0.3rem; }
        .mark-missing { background: #fde2e2; color: #8a1111; border-style: solid; }
        .mark-absent { background: #e6e9f7; color: #27306b; border-style: dotted; }
        .mark-fallback { background: #fff1c7; color: #6b4a00; border-style: dashed; }
        .mark-stale { background: #ffe3c2; color: #7a3b00; border-style: double; border-width: 3px; }
        .mark-changed { background: #dcf3dc; color: #1d5b1d; border-style: solid; }
        td[data-mark=missing] { background: #fff5f5; } td[data-mark=absent] { background: #f5f6fc; }
        td[data-mark=fallback] { background: #fffbef; } td[data-mark=stale] { background: #fff7ee; }
        table.counts .mark { white-space: normal; }
        .borrowed { font-style: italic; }
        ins { background: #d4f7d4; text-decoration: underline; } del { background: #f9d0d0; text-decoration: line-through; }

        """
}
