namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one correction of an inspection record (§7.2): scoped by its record's task, like the task's records.</summary>
public interface IScopedToCorrection
{
    Guid? ScopedCorrectionId { get; }
}
