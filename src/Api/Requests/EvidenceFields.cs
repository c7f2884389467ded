using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Api.Requests;

/// <summary>The text fields of an evidence upload (multipart form fields or tus metadata values) parsed, each refusal naming its field.</summary>
public static class EvidenceFields
{
    public static Guid TaskId(string? text, string field = "taskId") =>
        Guid.TryParse(text, out var id) ? id : throw RequestValidationException.ForField(field, Text.Of("应为任务编号（GUID）", "A task id (GUID) is expected."));

    public static EvidenceKind Kind(string? text, string field = "kind") =>
        QueryEnum.Parse<EvidenceKind>(text, field) ?? throw RequestValidationException.ForField(field, Text.Of("须提供证据类型", "The kind of evidence is required."));

    public static (bool, DateTime) Time(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? (true, DateTime.SpecifyKind(t, DateTimeKind.Utc)) : (false, default);

    public static (bool, double) Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? (true, d) : (false, default);

    public static string TimeExpected => Text.Of("应为 ISO 8601 时间（UTC）", "An ISO 8601 time (UTC) is expected.");

    public static string NumberExpected => Text.Of("应为十进制数", "A decimal number is expected.");
}
