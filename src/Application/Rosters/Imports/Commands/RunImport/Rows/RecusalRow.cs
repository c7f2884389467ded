using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>One valid recusal row: the officer (resolved from the number), the target code and the period.</summary>
public sealed record RecusalRow(long Line, Guid OfficerId, string TargetCode, RecusalReason Reason, string? Note, DateOnly ValidFrom, DateOnly? ValidTo);
