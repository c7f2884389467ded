using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>One officer in one drawn group, as sealed (amendments are kept apart and never rewrite this row).</summary>
public sealed class DrawGroupMember : IDrawOwned
{
    private DrawGroupMember()
    {
    }

    public long Id { get; private set; }

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

    public int GroupNumber { get; private set; }

    /// <summary>0 for the leader, then members in pick order.</summary>
    public int Position { get; private set; }

    public Guid OfficerId { get; private set; }

    public string OfficerNumber { get; private set; } = string.Empty;

    public string OfficerName { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public bool IsLeader => Position == 0;

    public static DrawGroupMember Create(Guid drawId, int group, int position, Guid officerId, string number, string name, Guid unitId) =>
        new() { DrawId = drawId, GroupNumber = group, Position = position, OfficerId = officerId, OfficerNumber = number, OfficerName = name, UnitId = unitId };
}
