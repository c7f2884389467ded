using System.Reflection;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// A small demo organisation for the embedded run: the Ningxia bureau, one unit per prefecture and
/// county-level division (from the shipped GB/T 2260 list), and the departments that inspect jointly.
/// Runs only on an empty database, so it never overwrites anything.
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, ILogger<DemoDataSeeder> logger)
{
    internal static readonly (string Code, string Name)[] DemoDepartments =
    [
        ("amr", "市场监督管理"),
        ("fire", "消防救援"),
        ("health", "卫生健康"),
        ("ecology", "生态环境"),
        ("agri", "农业农村"),
    ];

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!await db.BranchUnits.AnyAsync(cancellationToken) && !await db.Departments.AnyAsync(cancellationToken))
        {
            await SeedOrganizationAsync(cancellationToken);
        }

        if (!await db.Targets.AnyAsync(cancellationToken) && !await db.Officers.AnyAsync(cancellationToken))
        {
            await new DemoRosterSeeder(db).SeedAsync(cancellationToken);
            LogRosters(logger, DemoRosterSeeder.Targets, DemoRosterSeeder.Officers);
        }

        if (await new DemoRosterSeeder(db).SeedHistoryAsync(cancellationToken) is > 0 and var outcomes)
        {
            LogHistory(logger, outcomes, DemoHistoryGenerator.FirstYear, DemoHistoryGenerator.LastYear);
        }
    }

    private async Task SeedOrganizationAsync(CancellationToken cancellationToken)
    {

        var byRegion = new Dictionary<string, BranchUnit>(StringComparer.Ordinal);
        foreach (var division in ReadDivisions())
        {
            byRegion.TryGetValue(division.Parent, out var parent);
            var suffix = parent is null ? "市场监督管理厅" : "市场监督管理局";
            var unit = BranchUnit.Create($"NX-{division.Code}", division.Name + suffix, parent, division.Code);
            byRegion[division.Code] = unit;
            db.BranchUnits.Add(unit);
        }

        foreach (var (code, name) in DemoDepartments)
        {
            db.Departments.Add(Department.Create(code, name));
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, byRegion.Count, DemoDepartments.Length);
    }

    /// <summary>The shipped division list, parents before children.</summary>
    internal static IEnumerable<(string Code, string Name, string Parent)> ReadDivisions()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("DoubleRandom.Infrastructure.ReferenceData.ningxia-divisions.csv")
            ?? throw new InvalidOperationException("Reference data ningxia-divisions.csv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (fields.Length >= 3)
            {
                rows.Add((fields[0].Trim(), fields[1].Trim(), fields[2].Trim()));
            }
        }

        return rows.OrderBy(r => r.Item3.Length).ThenBy(r => r.Item1, StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded demo rosters: {Targets} targets, {Officers} officers")]
    private static partial void LogRosters(ILogger logger, int targets, int officers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded demo inspection history: {Rows} item results of {First}–{Last}")]
    private static partial void LogHistory(ILogger logger, int rows, int first, int last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded demo data: {Units} branch units, {Departments} departments")]
    private static partial void LogSeeded(ILogger logger, int units, int departments);
}
