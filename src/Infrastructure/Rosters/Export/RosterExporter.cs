using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Application.Rosters;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DoubleRandom.Infrastructure.Rosters.Export;

/// <summary>
/// Streams the rows from the database into a temporary file (bounded memory at any size), with the import's
/// Chinese headers, so an export can be edited and imported back.
/// </summary>
internal sealed class RosterExporter(string folder) : IRosterExporter
{
    public RosterExporter()
        : this(Path.GetTempPath())
    {
    }

    public Task<ExportFile> ExportTargetsAsync(IQueryable<Target> targets, ExportFormat format, CancellationToken cancellationToken) =>
        WriteAsync("targets", RosterColumns.Targets, targets.AsAsyncEnumerable(), t => [Cells(t)], format, cancellationToken);

    public Task<ExportFile> ExportOfficersAsync(
        IQueryable<Officer> officers, IReadOnlyDictionary<Guid, string> unitCodes, ExportFormat format, CancellationToken cancellationToken) =>
        WriteAsync("officers", RosterColumns.Officers, officers.AsAsyncEnumerable(), o => Cells(o, unitCodes), format, cancellationToken);

    /// <summary>The file is the caller's once written; a failure or cancellation on the way deletes it.</summary>
    private async Task<ExportFile> WriteAsync<T>(
        string name, RosterColumn[] columns, IAsyncEnumerable<T> rows, Func<T, IEnumerable<string[]>> lines, ExportFormat format, CancellationToken ct)
    {
        var path = Path.Combine(folder, $"doublerandom-export-{Guid.NewGuid():N}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}");
        try
        {
            return await WriteFileAsync(path, name, columns, rows, lines, format, ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<ExportFile> WriteFileAsync<T>(
        string path, string name, RosterColumn[] columns, IAsyncEnumerable<T> rows, Func<T, IEnumerable<string[]>> lines, ExportFormat format,
        CancellationToken ct)
    {
        var headers = columns.Select(c => c.Headers[0]).ToArray();
        if (format == ExportFormat.Csv)
        {
            await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', headers));
            await foreach (var row in rows.WithCancellation(ct))
            {
                foreach (var cells in lines(row))
                {
                    await writer.WriteLineAsync(string.Join(',', cells.Select(CsvCell.Cell)));
                }
            }

            return new ExportFile(path, "text/csv; charset=utf-8", $"{name}.csv");
        }

        // MiniExcel writes synchronously from an enumerable; it runs off the request thread and pulls rows as it goes.
        var sheet = rows.ToBlockingEnumerable(ct).SelectMany(lines).Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                row[headers[i]] = CsvCell.Neutralise(cells[i]);
            }

            return row;
        });
        await Task.Run(() => MiniExcel.SaveAs(path, sheet, overwriteFile: true), ct);
        return new ExportFile(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }

    /// <summary>One officer in <see cref="RosterColumns.Officers"/> order, a line per certificate.</summary>
    private static IEnumerable<string[]> Cells(Officer o, IReadOnlyDictionary<Guid, string> unitCodes)
    {
        string[] Line(EnforcementCertificate? c) =>
        [
            o.Number, o.Name, unitCodes.GetValueOrDefault(o.UnitId, string.Empty), o.DepartmentCode, o.Status.ToString(),
            o.IsLeaderEligible ? "是" : "否", string.Join(';', TagList.Split(o.ExpertiseTags)), o.UserId?.ToString() ?? string.Empty,
            c?.Type ?? string.Empty, c?.Number ?? string.Empty, c?.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            c?.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        ];

        return o.Certificates.Count == 0 ? [Line(null)] : o.Certificates.Select(Line);
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
