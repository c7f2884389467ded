using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>Small upload, bundle and export limits so the oversize cases need no 50 MB (or 128 MB) body, nor 10,000 draws.</summary>
public sealed class SmallLimitsFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Attachments:MaxDocumentBytes"] = "4096",
        ["Public:MaxBundleBytes"] = "4096",
        ["Draws:HistoryExportMaxRows"] = "2",
        ["Attachments:Folder"] = Path.Combine(Path.GetTempPath(), "doublerandom-attachments-tests"),
    };
}
