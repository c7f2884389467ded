namespace DoubleRandom.Domain.Tasks;

/// <summary>Which officers may be drawn (§3.3.3): the whole bureau (no units) or the listed units.</summary>
public sealed record OfficerScope(IReadOnlyList<Guid> UnitIds);
