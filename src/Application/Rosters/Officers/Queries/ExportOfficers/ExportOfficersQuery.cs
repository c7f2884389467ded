using Mediator;

namespace DoubleRandom.Application.Rosters.Officers.Queries.ExportOfficers;

/// <summary>Exports the officers matching the list filters, ordered by number.</summary>
public sealed record ExportOfficersQuery(OfficerFilter Filter, ExportFormat Format) : IQuery<ExportFile>;
