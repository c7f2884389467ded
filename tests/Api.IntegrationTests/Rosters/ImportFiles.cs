using System.Text;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Seeding;
using MiniExcelLibs;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>Import files as spreadsheet software writes them.</summary>
internal static class ImportFiles
{
    public const string TargetHeader = "统一社会信用代码,名称,行政区划代码,监管部门,成立日期,注册资本（万元）,风险等级,分类标注";

    public static string TargetLine(long i, string name = "宁夏塞上商贸有限公司", string departments = "amr", string date = "2015-03-01",
        string capital = "100", string tier = "A", string tags = "") =>
        $"{DemoRosterGenerator.CreditCode(TargetKind.Enterprise, "640104", i)},{name}{i},640104,{departments},{date},{capital},{tier},{tags}";

    public static string Targets(int count, int from = 1) =>
        TargetHeader + "\n" + string.Join("\n", Enumerable.Range(from, count).Select(i => TargetLine(i))) + "\n";

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public static List<Dictionary<string, object?>> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
    }
}
