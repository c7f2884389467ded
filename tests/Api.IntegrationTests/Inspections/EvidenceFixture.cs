using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Small evidence limits (so the oversize cases need no 20 MB body) and folders of its own for stored and partial files.</summary>
public sealed class EvidenceFixture : PostgresApiFixture
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), $"doublerandom-evidence-tests-{Environment.ProcessId}");

    public static IReadOnlyDictionary<string, string> EvidenceSettings { get; } = new Dictionary<string, string>
    {
        ["Evidence:MaxDirectUploadBytes"] = "65536",
        ["Evidence:MaxResumableBytes"] = (64 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Evidence:UploadFolder"] = Path.Combine(Root, "uploads"),
        ["Attachments:Folder"] = Path.Combine(Root, "attachments"),
    };

    public static string UploadFolder => EvidenceSettings["Evidence:UploadFolder"];

    public static string AttachmentFolder => EvidenceSettings["Attachments:Folder"];

    protected override IReadOnlyDictionary<string, string> Settings => EvidenceSettings;
}
