using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>publication/publication.json</c>: the task's publication (一公开, <see cref="ArchivedPublication"/>);
/// <c>publication/results.csv</c>: the published rows as the public sees them now (UTF-8, RFC 4180 quoting, by target
/// code then item), streamed. A task is archived only once published, so both are always there.
/// </summary>
public sealed class PublicationSection(IApplicationDbContext db) : IArchiveSection
{
    private static readonly string[] Header =
    [
        "targetCode", "targetName", "targetKind", "itemId", "itemName", "resultCategoryCode", "resultCategoryNameZh",
        "inspectedOn", "publishedOn", "correctedOn", "authority",
    ];

    public int Order => 70;

    public string Folder => "publication";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = await db.TaskPublications.AsNoTracking().FirstOrDefaultAsync(x => x.TaskId == context.TaskId, ct);
        if (p is null)
        {
            yield break;
        }

        yield return ArchiveJson.Entry("publication/publication.json", new ArchivedPublication(
            p.TaskId, p.CompletedOn, p.DeadlineOn, p.PublishedAtUtc, p.PublishedBy, p.IsLate, p.ResultCount, p.ResultsSha256,
            p.RefreshedTargetCode, p.RefreshedOn));
        // Written when the entry is written: no other reader of this section is open then.
        yield return new ArchiveEntry("publication/results.csv", (stream, token) => WriteRowsAsync(context.TaskId, stream, token));
    }

    private async Task WriteRowsAsync(Guid taskId, Stream stream, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Header));
        var rows = db.PublishedResults.AsNoTracking().Where(r => r.TaskId == taskId).OrderBy(r => r.TargetCode).ThenBy(r => r.ItemId).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            string[] cells =
            [
                r.TargetCode, r.TargetName, r.TargetKind.ToString(), r.ItemId.ToString(), r.ItemName, r.ResultCategoryCode,
                r.ResultCategoryNameZh, Date(r.InspectedOn), Date(r.PublishedOn), r.CorrectedOn is { } c ? Date(c) : string.Empty, r.Authority,
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Quote)));
        }

        await writer.FlushAsync(ct);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : string.Concat("\"", cell.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
}
