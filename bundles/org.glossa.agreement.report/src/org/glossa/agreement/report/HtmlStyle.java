package org.glossa.agreement.report;

/**
 * The report's only style sheet, inlined so the file is self-contained. Booktabs-like tables and a serif body for
 * the look of a paper appendix; system fonts only. Must stay ASCII and free of '<' and '&' (it is written as is).
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { color-scheme: light; }
            html { background: #ffffff; }
            body { margin: 0; color: #1a1a1a; background: #ffffff;
              font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "Noto Serif CJK KR",
                Georgia, serif;
              font-size: 15px; line-height: 1.45; }
            main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
            h1, h2, h3, h4, caption, figcaption, .facts dt, th, nav, footer {
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR",
                "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
            h1 { font-size: 1.6rem; margin: 0 0 0.4rem; line-height: 1.25; }
            h2 { font-size: 1.3rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1f3b5a; }
            h3 { font-size: 1.05rem; margin: 1.8rem 0 0.6rem; color: #1f3b5a; }
            h4 { font-size: 0.95rem; margin: 1.4rem 0 0.5rem; }
            .secno { color: #1f3b5a; margin-right: 0.4em; }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1.2rem; margin: 0.8rem 0 1rem;
              font-size: 0.9rem; }
            .facts dt { font-weight: 600; color: #333333; font-size: 0.85rem; }
            .facts dd { margin: 0; overflow-wrap: anywhere; }
            .notes ol { padding-left: 1.4rem; font-size: 0.9rem; }
            nav.toc ol { columns: 2; font-size: 0.9rem; }
            nav.toc a, a { color: #1f3b5a; }
            .table-wrap { overflow-x: auto; margin: 0.6rem 0 1.2rem; }
            table.data { border-collapse: collapse; font-size: 0.82rem; border-top: 1.5px solid #222222;
              border-bottom: 1.5px solid #222222; margin: 0; }
            table.data caption { caption-side: top; text-align: left; font-size: 0.8rem; color: #333333;
              padding-bottom: 0.35rem; }
            .no { font-weight: 700; }
            table.data th, table.data td { padding: 0.22rem 0.6rem; vertical-align: top; text-align: left; }
            table.data thead th { border-bottom: 0.8px solid #222222; font-size: 0.78rem; font-weight: 600;
              vertical-align: bottom; }
            table.data tbody th { font-weight: 600; font-family: inherit; }
            table.data tbody tr:nth-child(even) { background: #f6f7f9; }
            table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.data td.undef { white-space: normal; min-width: 8rem; max-width: 16rem; }
            .undef { color: #7a4b00; font-style: italic; }
            .detail { display: block; color: #6b6b6b; font-size: 0.72rem; white-space: nowrap; }
            .missing { color: #9a9a9a; }
            table.confusion td.diag { background: #dce9f5; font-weight: 700; }
            table.confusion tbody tr:last-child th, table.confusion tbody tr:last-child td {
              border-top: 0.8px solid #222222; background: #ffffff; }
            table.confusion td:last-child, table.confusion thead th:last-child { border-left: 0.8px solid #bbbbbb; }
            table.confusion tbody tr:nth-child(even) { background: transparent; }
            .table-note, .fig-note { font-size: 0.78rem; color: #555555; margin: -0.8rem 0 1.2rem; }
            figure { margin: 1rem 0 1.4rem; }
            figcaption { font-size: 0.8rem; color: #333333; margin-top: 0.3rem; max-width: 44rem; }
            figcaption ul { margin: 0.3rem 0 0; padding-left: 1.2rem; }
            svg.chart { max-width: 100%; height: auto; display: block; }
            .heatmaps { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: flex-start; }
            .heatmaps figure { margin: 0.5rem 0; max-width: 100%; }
            section.pair { border-left: 3px solid #e1e6ec; padding-left: 1rem; margin: 1.2rem 0; }
            .empty { color: #666666; font-style: italic; }
            footer { margin-top: 3rem; padding-top: 0.6rem; border-top: 1px solid #cccccc; font-size: 0.78rem;
              color: #666666; }
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @media print {
              body { font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              main { max-width: none; padding: 0; }
              h2 { break-before: page; margin-top: 0; }
              header + section h2, nav.toc h2, section.notes h2 { break-before: auto; }
              h2, h3, h4, caption { break-after: avoid; }
              figure, .heatmaps, tr, .facts { break-inside: avoid; }
              .table-wrap { overflow: visible; }
              table.data { font-size: 7.5pt; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              section.pair { border-left: none; padding-left: 0; }
            }
            """;
}
