namespace DoubleRandom.Application.Risk.Training;

/// <summary>The visits a training reads: [<see cref="From"/>, <see cref="To"/>]; those on or after <see cref="ValidationFrom"/> validate.</summary>
public sealed record RiskDataRange(DateOnly From, DateOnly To, DateOnly ValidationFrom);
