using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Queries.ExportGroupSummary;

/// <summary>The summary table as a file: an A4 PDF in Chinese (signed when a certificate is configured) or a workbook.</summary>
[Unscoped("SummaryAccess decides: the group's members by AssignedTargets, overseeing roles by TaskVisibility; others 404")]
public sealed record ExportGroupSummaryQuery(Guid TaskId, int GroupNumber, SummaryFormat Format) : IQuery<GroupSummaryFile>;
