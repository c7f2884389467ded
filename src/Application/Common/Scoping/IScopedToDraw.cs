namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one draw (its amendments, attachments, record): scoped by the visibility of the draw's task.</summary>
public interface IScopedToDraw
{
    Guid? ScopedDrawId { get; }
}
