using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

internal static class DrawLookup
{
    public static Task<Draw> GetDrawAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Draws.GetOrNotFoundAsync(id, RecordNames.Draw, ct);

    public static async Task<string> TaskNameAsync(this IApplicationDbContext db, Guid taskId, CancellationToken ct) =>
        await db.InspectionTasks.Where(t => t.Id == taskId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? string.Empty;

    /// <summary>The DR1 parameters the draw was prepared with (stored as their canonical JSON).</summary>
    public static Dr1Parameters Parameters(this Draw draw)
    {
        using var json = System.Text.Json.JsonDocument.Parse(draw.ParametersJson);
        return Dr1ParametersJson.Read(json.RootElement);
    }

    /// <summary>The frozen DR1 input, rebuilt from the stored snapshots exactly as it was hashed at prepare.</summary>
    /// <remarks>The targets (up to millions) are parsed from the decompressed bytes; the small snapshots line by line.</remarks>
    public static async Task<Dr1Input> LoadInputAsync(this IApplicationDbContext db, Draw draw, CancellationToken ct)
    {
        var rows = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == draw.Id && s.Kind != SnapshotKind.RiskVersions)
            .ToDictionaryAsync(s => s.Kind, ct);
        var parameters = draw.Parameters();
        var targets = rows.TryGetValue(SnapshotKind.Targets, out var t)
            ? SnapshotCodec.DecodeTargets(t.Data, t.LeafCount) ?? throw Corrupt(draw)
            : [];
        var officers = Decode(rows, SnapshotKind.Officers).Select(l => Leaves.TryParseOfficer(l, out var o) ? o! : throw Corrupt(draw)).ToList();
        var recusals = Decode(rows, SnapshotKind.Recusals).Select(l => Leaves.TryParseRecusal(l, out var r) ? r! : throw Corrupt(draw)).ToList();
        return new Dr1Input(parameters, targets, officers, recusals);
    }

    public static async Task<Dictionary<SnapshotKind, List<string>>> LoadLeavesAsync(this IApplicationDbContext db, Guid drawId, CancellationToken ct)
    {
        // The DR1 snapshots only: the risk versions are the draw's record, not part of the bundle.
        var rows = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId && s.Kind != SnapshotKind.RiskVersions)
            .ToDictionaryAsync(s => s.Kind, ct);
        return Enum.GetValues<SnapshotKind>().Where(k => k != SnapshotKind.RiskVersions).ToDictionary(k => k, k => Decode(rows, k));
    }

    private static List<string> Decode(Dictionary<SnapshotKind, DrawSnapshot> rows, SnapshotKind kind) =>
        rows.TryGetValue(kind, out var row) ? SnapshotCodec.Decode(row.Data) : [];

    private static InvalidOperationException Corrupt(Draw draw) => new($"The stored snapshot of draw {draw.Id} does not parse.");
}
