namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one inspection task (and the draws of it): scoped by <c>TaskVisibility</c>.</summary>
public interface IScopedToTask
{
    Guid? ScopedTaskId { get; }
}
