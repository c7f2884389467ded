using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.PublicResults.Queries.ExportPublication;

/// <summary>
/// A published task's results in the column layout reported to the national enterprise credit information publicity
/// system (国家企业信用信息公示系统 · 抽查检查结果), streamed row by row. Only after publication (409 before); recorded in the
/// audit trail as a read (who exported which task, in which encoding).
/// </summary>
public sealed record ExportPublicationQuery(Guid TaskId, PublicationCsvEncoding Encoding) : IQuery<PublicationExport>, IScopedToTask
{
    public Guid? ScopedTaskId => TaskId;
}
