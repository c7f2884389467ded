using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>One drawn target with what DR1 recorded for it (λ for Horvitz–Thompson, Q, the group), as sealed.</summary>
public sealed class DrawSelection : IDrawOwned
{
    private DrawSelection()
    {
    }

    public long Id { get; private set; }

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

    public string TargetCode { get; private set; } = string.Empty;

    public string TargetName { get; private set; } = string.Empty;

    public string? TargetAddress { get; private set; }

    public string Stratum { get; private set; } = string.Empty;

    public int Weight { get; private set; }

    public double Lambda { get; private set; }

    public double? Q { get; private set; }

    /// <summary>Null when DR1 could not place it (recusals); a manual placement amendment then places it.</summary>
    public int? GroupNumber { get; private set; }

    public static DrawSelection Create(Guid drawId, string code, string name, string? address, string stratum, int weight,
        double lambda, double? q, int? group) =>
        new()
        {
            DrawId = drawId, TargetCode = code, TargetName = name, TargetAddress = address, Stratum = stratum, Weight = weight,
            Lambda = lambda, Q = q, GroupNumber = group,
        };
}
