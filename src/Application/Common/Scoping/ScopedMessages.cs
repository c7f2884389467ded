namespace DoubleRandom.Application.Common.Scoping;

// Data scoping of writes and reads by id: a message declares the records it touches by implementing one of these
// markers, and ScopeBehaviour checks each against the caller's unit scope before validation and before the handler
// runs. A record outside the scope answers exactly as a record that does not exist (404), so nothing is written and
// nothing tells it exists. A null id means "nothing to check here" (a public read, or an id the validator refuses).
// Every message that carries an id either implements the marker for it or says why not with [Unscoped] (a test walks
// every message type).

/// <summary>Touches one inspection task (and the draws of it): scoped by <c>TaskVisibility</c>.</summary>
public interface IScopedToTask
{
    Guid? ScopedTaskId { get; }
}

/// <summary>Touches one draw (its amendments, attachments, record): scoped by the visibility of the draw's task.</summary>
public interface IScopedToDraw
{
    Guid? ScopedDrawId { get; }
}

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

/// <summary>Touches one recusal: it belongs to an officer, scoped by the officer's unit.</summary>
public interface IScopedToRecusal
{
    Guid? ScopedRecusalId { get; }
}

/// <summary>Touches one import job: scoped by the unit of the user who uploaded it (or the uploader themself).</summary>
public interface IScopedToImportJob
{
    Guid? ScopedImportJobId { get; }
}

/// <summary>
/// A message that carries an id but is not scoped by it, with the reason (a list already filtered by the scope, the
/// public disclosure, a bureau-wide catalogue, an administrator-only record).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UnscopedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
