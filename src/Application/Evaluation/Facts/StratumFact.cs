namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One stratum of one sealed draw (or of a history design, with Population null): its size N_h from the draw's published strata sizes, how many were selected (TakeAll with λ = 1 among them), how many of the selected have a final record, and the day the draw was sealed.</summary>
public sealed record StratumFact(string Design, DateOnly Day, long? Population, long Selected, long TakeAll, long Inspected);
