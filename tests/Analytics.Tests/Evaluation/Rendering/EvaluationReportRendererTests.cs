using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DoubleRandom.Analytics.Evaluation.Rendering;
using DoubleRandom.Application.Evaluation;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Analytics.Tests.Evaluation.Rendering;

/// <summary>The report's PDF and HTML, read back with poppler and as text: fonts embedded, text extractable, charts as vectors, self-contained HTML, the same bytes twice.</summary>
public sealed partial class EvaluationReportRendererTests
{
    private static readonly EvaluationReportRenderer Renderer = new(Options.Create(new ReportOptions()));
    private static readonly Lazy<byte[]> FullPdf = new(() => Renderer.Render(ReportFixture.Full(), ReportFormat.Pdf));
    private static readonly Lazy<string> FullHtml = new(() => Encoding.UTF8.GetString(Renderer.Render(ReportFixture.Full(), ReportFormat.Html)));

    [Fact]
    public void The_pdf_is_A4_and_its_text_holds_every_headline_and_section_title()
    {
        var info = Poppler.Run("pdfinfo", string.Empty, FullPdf.Value);
        Assert.Contains("595 x 842 pts (A4)", info, StringComparison.Ordinal);
        var text = Squeeze(Poppler.Run("pdftotext", "-enc UTF-8", FullPdf.Value, "-"));
        var report = ReportFixture.Full();
        Assert.All(report.Summary.Headlines, h => Assert.Contains(Squeeze(h.Display), text, StringComparison.Ordinal));
        Assert.All(report.Summary.Findings, f => Assert.Contains(Squeeze(f.Zh), text, StringComparison.Ordinal));
        Assert.All(ReportComposer.SectionTitles.Append(ReportComposer.SummaryTitle), t => Assert.Contains(t, text, StringComparison.Ordinal));
        Assert.Contains(Squeeze(report.Header.Title), text, StringComparison.Ordinal);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"第1/{pages}页", text, StringComparison.Ordinal);
        Assert.Contains($"第{pages}/{pages}页", text, StringComparison.Ordinal);
        Assert.Contains(ReportComposer.Short(report.Header.Fingerprint), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_embeds_a_subset_of_the_CJK_face_and_nothing_else()
    {
        var lines = Poppler.Run("pdffonts", string.Empty, FullPdf.Value).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        var font = Assert.Single(lines);
        Assert.Contains("WenQuanYi", font, StringComparison.Ordinal);
        Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", font);
        Assert.True(FullPdf.Value.Length < 1_000_000, $"The PDF is {FullPdf.Value.Length} bytes: the face is not subset.");
    }

    [Fact]
    public void Every_character_the_documents_print_is_in_the_face()
    {
        var document = ReportComposer.Compose(ReportFixture.Full());
        var texts = document.Blocks.SelectMany(b => b switch
        {
            HeadingBlock h => [h.Text],
            ParagraphBlock p => [p.Text],
            TableBlock t => t.Header.Concat(t.Rows.SelectMany(r => r)),
            ChartBlock c => c.Chart.Texts,
            _ => throw new InvalidOperationException(b.GetType().Name),
        }).Concat(document.Subtitle).Append(document.Title).Append(document.Footer);
        var missing = texts.SelectMany(t => t.EnumerateRunes()).Where(r => !Rune.IsWhiteSpace(r)).Select(r => r.Value).Distinct()
            .Where(c => !Renderer.Font.Covers(c)).Select(c => $"U+{c:X4}").ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_charts_are_vectors_not_images()
    {
        var images = Poppler.Run("pdfimages", "-list", FullPdf.Value).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.Empty(images);
        Assert.DoesNotContain("/Subtype /Image", Encoding.Latin1.GetString(FullPdf.Value), StringComparison.Ordinal);
        var svgs = Svg().Matches(FullHtml.Value);
        Assert.Equal(ReportComposer.Compose(ReportFixture.Full()).Blocks.OfType<ChartBlock>().Count(), svgs.Count);
        Assert.All(svgs, s => Assert.DoesNotContain("<image", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_is_one_self_contained_file_readable_on_a_phone()
    {
        var html = FullHtml.Value;
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("overflow-x:auto", html, StringComparison.Ordinal);
        Assert.Empty(External().Matches(html).Select(m => m.Value));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_html_prints_the_same_headlines_and_encodes_names()
    {
        var html = FullHtml.Value;
        var report = ReportFixture.Full();
        Assert.All(report.Summary.Headlines, h => Assert.Contains(WebUtility.HtmlEncode(h.Display), html, StringComparison.Ordinal));
        Assert.All(ReportComposer.SectionTitles, t => Assert.Contains($"<h2>{t}</h2>", html, StringComparison.Ordinal));
        Assert.Contains(WebUtility.HtmlEncode(ReportFixture.HostileName), html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_model_renders_the_same_bytes_twice()
    {
        var again = new EvaluationReportRenderer(Options.Create(new ReportOptions()));
        Assert.Equal(FullHtml.Value, Encoding.UTF8.GetString(again.Render(ReportFixture.Full(), ReportFormat.Html)));
        Assert.Equal(FullPdf.Value, again.Render(ReportFixture.Full(), ReportFormat.Pdf));
    }

    [Fact]
    public void Renderings_in_parallel_do_not_disturb_each_other()
    {
        var html = new string[4];
        var pdf = new byte[4][];
        Parallel.For(0, 8, i =>
        {
            if (i % 2 == 0)
            {
                html[i / 2] = Encoding.UTF8.GetString(Renderer.Render(ReportFixture.Full(), ReportFormat.Html));
            }
            else
            {
                pdf[i / 2] = Renderer.Render(ReportFixture.Full(), ReportFormat.Pdf);
            }
        });
        Assert.All(html, h => Assert.Equal(FullHtml.Value, h));
        Assert.All(pdf, p => Assert.Equal(FullPdf.Value, p));
    }

    [Fact]
    public void A_report_whose_sections_have_no_data_renders_and_says_why()
    {
        var report = ReportFixture.NoData();
        var pdf = Renderer.Render(report, ReportFormat.Pdf);
        var text = Squeeze(Poppler.Run("pdftotext", "-enc UTF-8", pdf, "-"));
        Assert.Contains(Squeeze(report.Coverage.Status.NoDataReason!), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(report.Model.Status.NoDataReason!), text, StringComparison.Ordinal);
        Assert.All(ReportComposer.SectionTitles, t => Assert.Contains(t, text, StringComparison.Ordinal));
        var html = Encoding.UTF8.GetString(Renderer.Render(report, ReportFormat.Html));
        Assert.Contains(report.Estimates.Status.NoDataReason!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_is_a_clear_error_naming_what_to_install()
    {
        var options = new ReportOptions { FontPath = "/nonexistent/fonts/missing.ttc" };
        var renderer = new EvaluationReportRenderer(Options.Create(options));
        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(ReportFixture.Full(), ReportFormat.Pdf));
        Assert.Contains("/nonexistent/fonts/missing.ttc", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-wqy-microhei", error.Message, StringComparison.Ordinal);
        Assert.Contains("Reports:FontPath", error.Message, StringComparison.Ordinal);
        var problem = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
        Assert.Equal(error.Message, problem.ErrorMessage);
        Assert.Empty(new ReportOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "not a font");
        try
        {
            var renderer = new EvaluationReportRenderer(Options.Create(new ReportOptions { FontPath = path }));
            var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(ReportFixture.Full(), ReportFormat.Html));
            Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install fonts-wqy-microhei", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);

    /// <summary>src/href attributes and CSS url() that point anywhere but into the page itself (#id).</summary>
    [GeneratedRegex(@"(?:\b(?:src|href|xlink:href|action|poster|data)\s*=\s*[""']?(?!#)[^""'\s>]*|url\(\s*[""']?(?!#)[^)]*\))", RegexOptions.IgnoreCase)]
    private static partial Regex External();

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex Svg();
}
