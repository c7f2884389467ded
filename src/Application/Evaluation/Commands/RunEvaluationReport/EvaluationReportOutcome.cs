using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Domain.Evaluation;

namespace DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;

/// <summary>What a generation computed (or reused): stored with the job's success and recorded in its <c>report.generate</c> audit entry.</summary>
public sealed record EvaluationReportOutcome(
    string Fingerprint,
    string DataDigest,
    int? ModelVersion,
    string Figures,
    Guid? ReusedFromId,
    IReadOnlyList<EvaluationReportFileDto> Files,
    IReadOnlyList<EvaluationReportFile> NewFiles);
