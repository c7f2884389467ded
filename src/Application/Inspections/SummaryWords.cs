using System.Globalization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

namespace DoubleRandom.Application.Inspections;

/// <summary>The summary in words, shared by its PDF and its workbook: Beijing time, Chinese names of methods and states.</summary>
public static class SummaryWords
{
    public const string NotInspected = "未检查";

    public static string Method(SummaryTargetDto target) =>
        target.Method is { } method ? EnumCatalogue.Chinese(method) : NotInspected;

    /// <summary><c>2026-12-07 09:00–10:30</c> in Beijing time; empty without a record.</summary>
    public static string Period(SummaryTargetDto target) =>
        target is { StartedAtUtc: { } start, FinishedAtUtc: { } end }
            ? string.Create(CultureInfo.InvariantCulture, $"{start.ToShanghai():yyyy-MM-dd HH:mm}–{end.ToShanghai():HH:mm}")
            : string.Empty;

    public static string Acknowledgement(SummaryTargetDto target) =>
        target.Inspected ? EnumCatalogue.Chinese(target.Acknowledgement) : string.Empty;

    public static string Deadline(SummaryItemDto item) =>
        item.RectificationDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"{utc.ToShanghai():yyyy-MM-dd HH:mm:ss}");

    public static string Signature(SummarySignatureDto s) =>
        $"{(s.Leader ? "组长" : "组员")} {s.OfficerName}  {Time(s.SignedAtUtc)}（北京时间）  "
        + (s.Current ? "与当前内容一致" : $"已失效（签署的内容摘要 {s.ContentSha256[..12]}…）");

    public static string Status(GroupSummaryDto summary) => EnumCatalogue.Chinese(summary.Status);
}
