using DoubleRandom.Application.Draws.Queries.GetBundle;
using DoubleRandom.Application.Draws.Queries.GetDrawRecord;
using DoubleRandom.Application.Draws.Queries.GetDrawResult;
using Mediator;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>draw/record.pdf</c> (the printed draw record), <c>draw/bundle.json</c> (the DR1 bundle, with the revealed secret:
/// an archived task is closed, so its draw is revealed) and <c>draw/result.json</c> (groups, targets, amendments).
/// </summary>
public sealed class DrawSection(ISender sender) : IArchiveSection
{
    public int Order => 10;

    public string Folder => "draw";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.DrawId is not { } drawId)
        {
            yield break;
        }

        yield return ArchiveEntry.Of("draw/record.pdf", await sender.Send(new GetDrawRecordQuery(drawId, context.VerifyBaseUrl), ct));
        var bundle = await sender.Send(new GetBundleQuery(drawId), ct);
        yield return new ArchiveEntry("draw/bundle.json", (stream, _) =>
        {
            bundle.WriteTo(stream);
            return Task.CompletedTask;
        });
        yield return ArchiveJson.Entry("draw/result.json", await sender.Send(new GetDrawResultQuery(drawId, PublicOnly: false), ct));
    }
}
