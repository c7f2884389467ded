using System.Globalization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Infrastructure.Pdf;
using Microsoft.Extensions.Logging;
using QRCoder;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// The 抽取记录 as an A4 PDF, laid out from a model already in words (ADR 0015) and written by the shared
/// <see cref="CjkPdfWriter"/> (subset CJK font; signed when a certificate is configured, ADR 0019).
/// </summary>
public sealed class DrawRecordPdf(CjkPdfWriter writer) : IDrawRecordRenderer
{
    public DrawRecordPdf(string fontPath, IPdfSigner signer, ILogger logger)
        : this(new CjkPdfWriter(fontPath, signer, logger))
    {
    }

    public byte[] Render(DrawRecordModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return writer.Write($"抽取记录 {model.TaskName}", $"抽取记录 {model.DrawId}", $"双随机抽取记录 {model.DrawId}", page => Compose(page, model));
    }

    private static void Compose(PdfPages page, DrawRecordModel m)
    {
        page.Title("双随机抽取记录");
        page.Line($"任务：{m.TaskName}（{m.Year} 年度）");
        page.Line($"抽查事项：{string.Join("；", m.Items)}");
        page.Line(string.Create(CultureInfo.InvariantCulture,
            $"准备时间：{m.PreparedAtLocal:yyyy-MM-dd HH:mm:ss}    抽取时间：{m.ExecutedAtLocal:yyyy-MM-dd HH:mm:ss}（北京时间）"));
        foreach (var person in m.People)
        {
            page.Line($"{person.Label}：{person.Value}");
        }

        page.Heading("抽取参数");
        foreach (var sentence in m.Parameters)
        {
            page.Line(sentence, 9);
        }

        page.Table(["层级", "对象总数", "抽取比例或数量", "抽中数"], [220, 80, 120, 75],
            [.. m.Strata.Select(s => new[] { s.Stratum, Number(s.Population), s.Rule, Number(s.Drawn) })]);
        page.Heading("排除规则");
        foreach (var sentence in m.Exclusions)
        {
            page.Line(sentence, 9);
        }

        page.Heading("可验证信息");
        page.Line($"见证随机数：{m.Entropy}", 7.5f);
        foreach (var digest in m.Digests)
        {
            page.Line($"{digest.Label}：{digest.Value}", 7.5f);
        }

        foreach (var g in m.Groups)
        {
            page.Heading(string.Create(CultureInfo.InvariantCulture, $"第 {g.Number} 组"));
            page.Line(string.Join("    ", g.Officers.Select(o =>
                $"{(o.Leader ? "组长" : "组员")}：{o.Name}（{o.Number}，{o.Unit}）{(o.ByAmendment ? "【经批准变更】" : string.Empty)}")), 9);
            foreach (var t in g.Targets)
            {
                page.Line($"  {t.Name}    {t.Code}    {t.Address}{(t.ByAmendment ? "    【经批准人工分配】" : string.Empty)}", 9);
            }
        }

        if (m.Unassigned.Count > 0)
        {
            page.Heading("未分配（须人工分配并经批准）");
            foreach (var t in m.Unassigned)
            {
                page.Line($"  {t.Name}    {t.Code}    {t.Address}", 9);
            }
        }

        page.Heading(m.Amendments.Count == 0 ? "变更：无" : "已批准的变更（封存的抽取结果不变，以下变更经批准后生效）");
        foreach (var sentence in m.Amendments)
        {
            page.Line(sentence, 9);
        }

        page.Gap();
        page.Signatures(m.Signers, QrPng(m.VerifyUrl), m.VerifyUrl);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4);
    }
}
