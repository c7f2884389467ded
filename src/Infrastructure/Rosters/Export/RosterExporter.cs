using System.Globalization;
using System.Text;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Rosters.Import;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DoubleRandom.Infrastructure.Rosters.Export;

/// <summary>
/// Streams the rows from the database into a temporary file (bounded memory at any size), with the import's
/// Chinese headers, so an export can be edited and imported back.
/// </summary>
internal sealed class RosterExporter : IRosterExporter
{
    public async Task<ExportFile> ExportTargetsAsync(IQueryable<Target> targets, ExportFormat format, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"doublerandom-export-{Guid.NewGuid():N}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}");
        var headers = RosterColumns.Targets.Select(c => c.Headers[0]).ToArray();
        if (format == ExportFormat.Csv)
        {
            await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', headers));
            await foreach (var target in targets.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await writer.WriteLineAsync(string.Join(',', Cells(target).Select(c => CsvCell.Quote(CsvCell.Neutralise(c)))));
            }

            return new ExportFile(path, "text/csv; charset=utf-8", "targets.csv");
        }

        var rows = targets.AsEnumerable().Select(t =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            var cells = Cells(t);
            for (var i = 0; i < headers.Length; i++)
            {
                row[headers[i]] = CsvCell.Neutralise(cells[i]);
            }

            return row;
        });
        await Task.Run(() => MiniExcel.SaveAs(path, rows, overwriteFile: true), cancellationToken);
        return new ExportFile(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "targets.xlsx");
    }

    /// <summary>One target in <see cref="RosterColumns.Targets"/> order.</summary>
    private static string[] Cells(Target t) =>
    [
        t.Code, t.Kind.DisplayName().Chinese, t.Name, t.LegalRepresentative ?? string.Empty, t.Address ?? string.Empty, t.RegionCode,
        t.IndustrySection ?? string.Empty, t.IndustryDivision ?? string.Empty, string.Join(';', TagList.Split(t.DepartmentCodes)),
        t.RegistrationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        t.RegisteredCapital?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, t.Status.DisplayName().Chinese,
        t.RiskTier?.ToString() ?? string.Empty, t.CreditClass?.ToString() ?? string.Empty, string.Join(';', TagList.Split(t.Tags)),
        t.Weight?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    ];
}
