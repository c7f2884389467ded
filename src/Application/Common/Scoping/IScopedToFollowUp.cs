namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// Touches one follow-up: visible to those who see its task (<c>TaskVisibility</c>) and to those whose unit scope holds
/// its supervising unit (<c>UnitScope</c>).
/// </summary>
public interface IScopedToFollowUp
{
    Guid? ScopedFollowUpId { get; }
}
