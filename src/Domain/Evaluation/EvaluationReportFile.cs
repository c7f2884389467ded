using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Evaluation;

/// <summary>
/// One rendered document of a report (<c>pdf</c> or <c>html</c>), written once with the job's success and never
/// changed. Audited through its owner: the job's <c>report.generate</c> entry records each file's SHA-256 and size,
/// never the bytes.
/// </summary>
public sealed class EvaluationReportFile : IAuditedThroughOwner
{
    public const int FormatMaxLength = 8;

    private EvaluationReportFile()
    {
    }

    public Guid Id { get; private set; }

    public Guid JobId { get; private set; }

    /// <summary><c>pdf</c> or <c>html</c>.</summary>
    public string Format { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public static EvaluationReportFile Of(Guid jobId, string format, byte[] content, string sha256)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new() { Id = Guid.CreateVersion7(), JobId = jobId, Format = format, Content = content, Sha256 = sha256, Size = content.LongLength };
    }
}
