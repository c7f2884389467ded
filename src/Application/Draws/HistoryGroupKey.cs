namespace DoubleRandom.Application.Draws;

/// <summary>One group of one sealed draw: a row of the draw history.</summary>
public sealed record HistoryGroupKey(Guid DrawId, int GroupNumber);
