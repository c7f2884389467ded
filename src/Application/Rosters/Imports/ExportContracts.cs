using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A written export: a temporary file the API streams and then deletes.</summary>
public sealed record ExportFile(string Path, string ContentType, string FileName);

/// <summary>Writes rows to a file in the import's own column layout, cells neutralised against formula injection.</summary>
public interface IRosterExporter
{
    Task<ExportFile> ExportTargetsAsync(IQueryable<Target> targets, ExportFormat format, CancellationToken cancellationToken);

    /// <summary>One row per certificate (an officer without one: one row), units by code, so the file imports back.</summary>
    Task<ExportFile> ExportOfficersAsync(
        IQueryable<Officer> officers, IReadOnlyDictionary<Guid, string> unitCodes, ExportFormat format, CancellationToken cancellationToken);
}

/// <summary>Exports the targets matching the list filters, ordered by code. XLSX holds at most 1,048,575 rows.</summary>
public sealed record ExportTargetsQuery(TargetFilter Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportTargetsValidator : AbstractValidator<ExportTargetsQuery>
{
    public ExportTargetsValidator() => this.AddFilterRules(q => q.Filter);
}

public sealed class ExportTargetsHandler(IApplicationDbContext db, IRosterExporter exporter, IAuditLog audit) : IQueryHandler<ExportTargetsQuery, ExportFile>
{
    public const int XlsxMaxRows = 1_048_575;

    public async ValueTask<ExportFile> Handle(ExportTargetsQuery query, CancellationToken cancellationToken)
    {
        var targets = db.Targets.AsNoTracking().Apply(query.Filter).OrderBy(t => t.Code);
        if (query.Format == ExportFormat.Xlsx && await targets.CountAsync(cancellationToken) > XlsxMaxRows)
        {
            throw RequestValidationException.ForField("format", Text.Of(
                "XLSX 最多 1,048,575 行，请缩小筛选范围或导出 CSV", "XLSX holds at most 1,048,575 rows; narrow the filter or export CSV."));
        }

        await audit.RecordReadAsync("Target", "export", $"roster export ({query.Format})", cancellationToken);
        return await exporter.ExportTargetsAsync(targets, query.Format, cancellationToken);
    }
}

/// <summary>Exports the officers matching the list filters, ordered by number.</summary>
public sealed record ExportOfficersQuery(OfficerFilter Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportOfficersValidator : AbstractValidator<ExportOfficersQuery>
{
    public ExportOfficersValidator()
    {
        RuleFor(q => q.Filter.Q).MaximumLength(Officer.NameMaxLength).OverridePropertyName("q");
        RuleFor(q => q.Filter.Expertise).MaximumLength(50).Matches("^[^|%_]*$").OverridePropertyName("expertise");
    }
}

public sealed class ExportOfficersHandler(IApplicationDbContext db, IRosterExporter exporter, IAuditLog audit, Identity.UnitScope scope) : IQueryHandler<ExportOfficersQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOfficersQuery query, CancellationToken cancellationToken)
    {
        // Officers' personal data leaves the system: who exported it is on the record.
        await audit.RecordReadAsync("Officer", "export", $"roster export ({query.Format})", cancellationToken);
        var units = await db.BranchUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var officers = db.Officers.AsNoTracking().Apply(query.Filter);
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            // The export shows what search shows: nothing outside the caller's units.
            officers = officers.Where(o => visible.Contains(o.UnitId));
        }

        officers = officers.OrderBy(o => o.Number);
        return await exporter.ExportOfficersAsync(officers, units, query.Format, cancellationToken);
    }
}
