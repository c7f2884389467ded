using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The row reader the import uses: XLSX by its signature, else CSV in the requested encoding (or the one detected),
/// rows streamed by <see cref="RosterFileReader"/> within <see cref="ImportLimits"/>.
/// </summary>
internal sealed class RosterRowReader(ImportLimits limits) : IRosterRowReader
{
    public RosterFile? Open(string storedPath, string encoding)
    {
        var resolved = RosterFileReader.IsXlsx(storedPath)
            ? (EncodingDetector.StrictUtf8, "xlsx")
            : EncodingDetector.Resolve(storedPath, encoding);
        if (resolved is not var (text, name))
        {
            return null;
        }

        var progress = new ReadProgress();
        return new RosterFile(name, RowEstimate.DataRows(storedPath), RosterFileReader.ReadRows(storedPath, text, limits, progress), progress);
    }
}
