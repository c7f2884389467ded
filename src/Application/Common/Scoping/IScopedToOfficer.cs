namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one officer: scoped by the officer's unit.</summary>
public interface IScopedToOfficer
{
    Guid? ScopedOfficerId { get; }

    /// <summary>
    /// The body field that names the officer, when it is not the route's id: an officer outside the scope is then
    /// answered as an unknown one (a 400 field error), not as a missing resource.
    /// </summary>
    string? ScopedOfficerField => null;
}
