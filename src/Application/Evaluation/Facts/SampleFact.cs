namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One inspected target-occasion: a drawn target with a final inspection record (Source Draw; Design = "{drawId:N}|{stratum}"), or one target-day of imported or demo history (Source History; Design = "h|{year}|{taskName}|{stratum}"). Lambda is its inclusion probability (DrawSelection.Lambda, or the history's 入样概率; null when unknown — such rows count in the naive hit rate only). Problem: at least one item found a problem (current, corrected results). Tier is the target's tier at the draw (else its current tier); Region the prefecture code (4 digits + "00"); Industry the GB/T 4754 section letter. Weighting is the draw's risk weighting (null: uniform or history).</summary>
public sealed record SampleFact(
    string Design,
    SampleSource Source,
    DateOnly Day,
    double? Lambda,
    bool Problem,
    int Items,
    int ProblemItems,
    string? Tier,
    string Region,
    string? Industry,
    string? Weighting);
