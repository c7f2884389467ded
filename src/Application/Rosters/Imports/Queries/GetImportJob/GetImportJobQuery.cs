using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Queries.GetImportJob;

/// <summary>A job's status and progress, as a client polls it after the upload's 202.</summary>
public sealed record GetImportJobQuery(Guid Id) : IQuery<ImportJobDto>, IScopedToImportJob
{
    Guid? IScopedToImportJob.ScopedImportJobId => Id;
}
