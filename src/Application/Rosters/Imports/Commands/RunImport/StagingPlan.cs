using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>What the import knows before the first row, to choose how to load; the time and user stamped on the rows.</summary>
/// <param name="Job">The job being run (its file and uploader are named in the audit entry of the load).</param>
/// <param name="EstimatedRows">Data rows, estimated from the file's size (null when unknown: XLSX).</param>
/// <param name="Commit">False for a dry run: everything is rolled back.</param>
public sealed record StagingPlan(ImportJob Job, long? EstimatedRows, bool Commit, DateTime UtcNow, string Actor);
