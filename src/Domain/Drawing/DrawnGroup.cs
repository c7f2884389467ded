namespace DoubleRandom.Domain.Drawing;

/// <summary>One inspection group: its leader and members in pick order.</summary>
public sealed record DrawnGroup(int Number, string LeaderId, IReadOnlyList<string> MemberIds);
