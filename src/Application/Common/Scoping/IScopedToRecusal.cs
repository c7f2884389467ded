namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one recusal: it belongs to an officer, scoped by the officer's unit.</summary>
public interface IScopedToRecusal
{
    Guid? ScopedRecusalId { get; }
}
