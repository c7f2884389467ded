using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.ExportDrawHistory;

/// <summary>
/// The draw history (<c>GET /draws/history</c>, the same filters) as one XLSX sheet, a row per entry, without paging: at
/// most <see cref="DrawExportLimits.HistoryExportMaxRows"/> rows (default 10,000), a 400 above it.
/// </summary>
[Unscoped("a list of the groups with an officer of the caller's units; the ids only narrow it")]
public sealed record ExportDrawHistoryQuery(int? Year, Guid? TaskId, Guid? UnitId, Guid? OfficerId, string? TargetCode) : IQuery<byte[]>;
