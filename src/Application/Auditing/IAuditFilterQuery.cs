namespace DoubleRandom.Application.Auditing;

/// <summary>A query that filters the audit trail.</summary>
public interface IAuditFilterQuery
{
    AuditFilter Filter { get; }
}
