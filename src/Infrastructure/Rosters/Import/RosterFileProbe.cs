using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>Refuses at upload what cannot be imported at all, so the client gets a 400 instead of a job that fails.</summary>
internal sealed class RosterFileProbe(ImportLimits limits) : IRosterFileProbe
{
    public IReadOnlyDictionary<string, string[]> Probe(string path, string fileName, ImportRoster roster, string encoding)
    {
        static Dictionary<string, string[]> Error(string field, params string[] messages) => new(StringComparer.Ordinal) { [field] = messages };

        if (!EncodingDetector.IsSupported(encoding))
        {
            return Error("encoding", Text.Of("encoding 应为 auto、utf-8 或 gb18030", "encoding is auto, utf-8 or gb18030."));
        }

        if (new FileInfo(path).Length == 0)
        {
            return Error("file", ImportText.Empty);
        }

        var xlsx = RosterFileReader.IsXlsx(path);
        if (!xlsx && fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Error("file", ImportText.NotASpreadsheet);
        }

        if (!xlsx && EncodingDetector.Resolve(path, encoding) is null)
        {
            return Error("file", ImportText.Binary);
        }

        try
        {
            var text = xlsx ? null : EncodingDetector.Resolve(path, encoding)!.Value.Encoding;
            var header = RosterFileReader.ReadRows(path, text ?? EncodingDetector.StrictUtf8, limits, headerOnly: true).FirstOrDefault();
            if (header is null || header.All(string.IsNullOrWhiteSpace))
            {
                return Error("file", ImportText.Empty);
            }

            var map = ColumnMap.Build(RosterColumns.For(roster), header);
            return map.Errors.Count > 0 ? Error("columns", [.. map.Errors]) : new Dictionary<string, string[]>(StringComparer.Ordinal);
        }
        catch (RosterFileException ex)
        {
            return Error("file", ex.Message);
        }
    }
}
