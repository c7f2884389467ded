using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>
/// One registry version in full: the summary, the chosen trainer's hyper-parameters, the features it reads (in order)
/// and their fingerprint, its metrics on the training rows, and the comparison of the trainers tried (<c>candidates</c>,
/// each with its validation metrics; <c>chosen</c> marks this version's).
/// </summary>
public sealed record RiskModelDto(
    RiskModelSummaryDto Summary,
    IReadOnlyDictionary<string, string> HyperParameters,
    IReadOnlyList<string> FeatureNames,
    string FeatureFingerprint,
    RiskMetrics Training,
    IReadOnlyList<RiskCandidate> Candidates,
    Guid JobId)
{
    public static RiskModelDto From(RiskModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var metrics = RiskJson.Read<RiskModelMetrics>(m.Metrics);
        return new(RiskModelSummaryDto.From(m), RiskJson.Read<Dictionary<string, string>>(m.HyperParameters),
            RiskJson.Read<List<string>>(m.FeatureNames), m.FeatureFingerprint, metrics.Training, metrics.Candidates, m.JobId);
    }
}
