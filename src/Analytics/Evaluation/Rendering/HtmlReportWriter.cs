using System.Net;
using System.Text;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS, charts as inline SVG, no script,
/// no external request (no links, web fonts or images from elsewhere: a CJK font-family stack of system faces),
/// readable on a phone (viewport, tables scroll sideways), <c>lang="zh-CN"</c>, every text HTML-encoded.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        :root{color-scheme:light}
        body{margin:0;background:#f4f5f7;color:#1d2129;font:15px/1.6 {FONTS}}
        main{max-width:860px;margin:0 auto;padding:16px;background:#fff}
        h1{font-size:1.5em;text-align:center;margin:.6em 0 .2em}
        h2{font-size:1.25em;border-bottom:2px solid #1d2129;padding-bottom:.2em;margin:1.6em 0 .6em}
        h3{font-size:1.05em;margin:1.2em 0 .4em}
        .sub{text-align:center;color:#555;font-size:.9em;margin:.1em 0}
        .note{color:#555;font-size:.85em}
        .table{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.4em 0 1em}
        table{border-collapse:collapse;min-width:100%;font-size:.85em}
        th,td{border:1px solid #bbb;padding:3px 6px;white-space:nowrap}
        th{background:#efefef;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        figure{margin:.6em 0 1.2em;text-align:center}
        figure svg{max-width:100%;height:auto}
        footer{color:#555;font-size:.8em;border-top:1px solid #ccc;margin-top:2em;padding-top:.6em}
        @media print{body{background:#fff}main{max-width:none}section{break-before:page}}
        """;

    public static string Write(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n")
            .Append(Style.Replace("{FONTS}", ChartSvg.FontStack, StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n")
            .Append("<h1>").Append(E(document.Title)).Append("</h1>\n");
        foreach (var line in document.Subtitle)
        {
            html.Append("<p class=\"sub\">").Append(E(line)).Append("</p>\n");
        }

        html.Append("</header>\n<section>\n");
        var charts = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h:
                    html.Append("</section>\n<section>\n<h2>").Append(E(h.Text)).Append("</h2>\n");
                    break;
                case HeadingBlock h:
                    html.Append("<h3>").Append(E(h.Text)).Append("</h3>\n");
                    break;
                case ParagraphBlock p:
                    html.Append(p.Note ? "<p class=\"note\">" : "<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case ChartBlock c:
                    html.Append("<figure>").Append(ChartSvg.Render(c.Chart, $"chart{++charts}-")).Append("</figure>\n");
                    break;
            }
        }

        html.Append("</section>\n<footer>").Append(E(document.Footer)).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<div class=\"table\"><table>\n<thead><tr>");
        foreach (var cell in table.Header)
        {
            html.Append("<th>").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                html.Append(c >= table.NumericFrom ? "<td class=\"n\">" : "<td>").Append(E(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
