using FluentValidation;

namespace DoubleRandom.Application.Auditing.Queries.ExportAuditEntries;

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntriesQuery>
{
    public ExportAuditEntriesValidator() => this.AddAuditFilterRules();
}
