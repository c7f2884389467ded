using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFile;

/// <summary>A succeeded report's document in <see cref="Format"/>.</summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), not a unit's")]
public sealed record GetEvaluationReportFileQuery(Guid Id, ReportFormat Format) : IQuery<EvaluationReportDownload>;
