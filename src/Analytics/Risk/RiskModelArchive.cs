using System.IO.Compression;
using System.Text.Json;
using DoubleRandom.Application.Risk;

namespace DoubleRandom.Analytics.Risk;

/// <summary>
/// The stored model file: a zip holding <c>manifest.json</c> (<see cref="RiskModelManifest"/>: format, feature
/// schema version and fingerprint, trainer) and <c>model.zip</c>, the ML.NET model as ML.NET saves it (the whole
/// pipeline: encoding, scaling, the trained predictor and the feature-contribution step).
/// </summary>
public static class RiskModelArchive
{
    public const string ManifestEntry = "manifest.json";

    public const string ModelEntry = "model.zip";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Write(RiskModelManifest manifest, byte[] mlNetModel)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using (var s = entry.Open())
            {
                JsonSerializer.Serialize(s, manifest, Json);
            }

            // ML.NET's own file is compressed already.
            entry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using (var s = entry.Open())
            {
                s.Write(mlNetModel);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The manifest and the ML.NET model; <see cref="RiskModelFormatException"/> when the file is not a readable model file.</summary>
    public static (RiskModelManifest Manifest, byte[] MlNetModel) Read(ReadOnlyMemory<byte> file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file.ToArray(), writable: false), ZipArchiveMode.Read);
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new RiskModelFormatException("The model file has no manifest.json.");
            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new RiskModelFormatException("The model file has no model.zip.");
            RiskModelManifest? manifest;
            using (var s = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<RiskModelManifest>(s, Json);
            }

            if (manifest is null || !string.Equals(manifest.Format, RiskModelManifest.CurrentFormat, StringComparison.Ordinal))
            {
                throw new RiskModelFormatException($"The model file's format is not {RiskModelManifest.CurrentFormat}.");
            }

            using var model = new MemoryStream();
            using (var s = modelEntry.Open())
            {
                s.CopyTo(model);
            }

            return (manifest, model.ToArray());
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or NotSupportedException)
        {
            throw new RiskModelFormatException("The model file is damaged: " + e.Message, e);
        }
    }
}
