using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Application.Inspections.Queries.ExportGroupSummary;
using DoubleRandom.Application.Inspections.Queries.GetGroupSummary;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// Per group of the draw: <c>summaries/group-N.pdf</c> (the printed summary, signed with the records certificate when one
/// is configured) and <c>summaries/group-N.json</c> (its content, content hash and every member's signature).
/// </summary>
public sealed class SummarySection(IApplicationDbContext db, ISender sender) : IArchiveSection
{
    public int Order => 20;

    public string Folder => "summaries";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.DrawId is not { } drawId)
        {
            yield break;
        }

        var groups = await db.DrawGroupMembers.AsNoTracking().Where(m => m.DrawId == drawId).Select(m => m.GroupNumber).Distinct().OrderBy(n => n).ToListAsync(ct);
        foreach (var group in groups)
        {
            var pdf = await sender.Send(new ExportGroupSummaryQuery(context.TaskId, group, SummaryFormat.Pdf), ct);
            yield return ArchiveEntry.Of($"summaries/group-{group}.pdf", pdf.Content);
            yield return ArchiveJson.Entry($"summaries/group-{group}.json", await sender.Send(new GetGroupSummaryQuery(context.TaskId, group), ct));
        }
    }
}
