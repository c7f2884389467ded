namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>Who is acting: recorded on every change.</summary>
public interface ICurrentActor
{
    /// <summary>A stable name of the acting user, or <c>system</c> for start-up and background work.</summary>
    string Name { get; }
}
