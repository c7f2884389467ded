using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Evaluation.Jobs;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;

/// <summary>
/// Generate an evaluation report in the background. The period is a <see cref="Year"/> (2000 to this year), optionally
/// one <see cref="Quarter"/> of it (1–4), or a custom <see cref="From"/>–<see cref="To"/> (at most 3 × 366 days); the
/// scope narrows to branch units (ids), target departments (codes) and industry sections (GB/T 4754 letters A–T),
/// empty meaning all.
/// </summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), scoped by the request's own units")]
public sealed record GenerateEvaluationReportCommand(
    int? Year = null,
    int? Quarter = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<Guid>? UnitIds = null,
    IReadOnlyList<string>? DepartmentCodes = null,
    IReadOnlyList<string>? IndustrySections = null) : ICommand<EvaluationReportJobDto>;
