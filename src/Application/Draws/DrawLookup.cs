using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

internal static class DrawLookup
{
    public static Task<Draw> GetDrawAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Draws.GetOrNotFoundAsync(id, Text.Of("抽取", "Draw"), ct);

    public static async Task<string> TaskNameAsync(this IApplicationDbContext db, Guid taskId, CancellationToken ct) =>
        await db.InspectionTasks.Where(t => t.Id == taskId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? string.Empty;

    /// <summary>The frozen DR1 input, rebuilt from the stored snapshots exactly as it was hashed at prepare.</summary>
    public static async Task<Dr1Input> LoadInputAsync(this IApplicationDbContext db, Draw draw, CancellationToken ct)
    {
        var leaves = await LoadLeavesAsync(db, draw.Id, ct);
        using var json = System.Text.Json.JsonDocument.Parse(draw.ParametersJson);
        var parameters = Dr1ParametersJson.Read(json.RootElement);
        var targets = leaves[SnapshotKind.Targets].Select(l => Leaves.TryParseTarget(l, out var t) ? t : throw Corrupt(draw)).ToArray();
        var officers = leaves[SnapshotKind.Officers].Select(l => Leaves.TryParseOfficer(l, out var o) ? o! : throw Corrupt(draw)).ToList();
        var recusals = leaves[SnapshotKind.Recusals].Select(l => Leaves.TryParseRecusal(l, out var r) ? r! : throw Corrupt(draw)).ToList();
        return new Dr1Input(parameters, targets, officers, recusals);
    }

    public static async Task<Dictionary<SnapshotKind, List<string>>> LoadLeavesAsync(this IApplicationDbContext db, Guid drawId, CancellationToken ct)
    {
        var rows = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId).ToListAsync(ct);
        return Enum.GetValues<SnapshotKind>().ToDictionary(
            k => k, k => rows.FirstOrDefault(r => r.Kind == k) is { } row ? SnapshotCodec.Decode(row.Data) : []);
    }

    private static InvalidOperationException Corrupt(Draw draw) => new($"The stored snapshot of draw {draw.Id} does not parse.");
}
