using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Queries.ExportTargets;

/// <summary>Exports the targets matching the list filters, ordered by code. XLSX holds at most 1,048,575 rows.</summary>
public sealed record ExportTargetsQuery(TargetFilter Filter, ExportFormat Format) : IQuery<ExportFile>;
