using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.GetImportReport;

/// <summary>The path of a finished job's report CSV (row, column, message).</summary>
public sealed record GetImportReportQuery(Guid Id) : IQuery<string>, IScopedToImportJob
{
    Guid? IScopedToImportJob.ScopedImportJobId => Id;
}
