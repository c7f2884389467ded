using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.ExportDrawResult;

/// <summary>
/// The sealed result of one draw as a workbook (groups, targets with their DR1 values, parameters, strata,
/// amendments): the draw result's scope (404 outside it) and 409 <c>draw-not-sealed</c> before it is sealed.
/// </summary>
public sealed record ExportDrawResultQuery(Guid Id) : IQuery<DrawResultWorkbook>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => Id;
}
