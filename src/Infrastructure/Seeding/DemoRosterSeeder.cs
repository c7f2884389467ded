using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>The small demo rosters of the embedded run (seed 42): targets, officers with certificates, recusals, some history.</summary>
internal sealed class DemoRosterSeeder(AppDbContext db)
{
    public const int Targets = 2000;
    public const int Officers = 120;
    private const ulong Seed = 42;

    /// <summary>The demo's roster facts hold through its whole simulated history (docs/demo-data.md): known since before it.</summary>
    private static readonly DateTime DemoFactsSince = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var generator = new DemoRosterGenerator(Seed);
        var codes = new List<string>();
        foreach (var t in generator.Targets(Targets))
        {
            codes.Add(t.Code);
            db.Targets.Add(Target.Create(t.Code, t.Kind, new TargetDetails(
                t.Name, t.LegalRepresentative, t.Address, t.RegionCode, t.IndustrySection, t.IndustryDivision,
                TagList.Split(t.DepartmentCodes), t.RegistrationDate, t.RegisteredCapital, t.Status, t.RiskTier, t.CreditClass,
                TagList.Split(t.Tags), t.Weight), DemoFactsSince));
        }

        var units = await db.BranchUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken);
        if (units.Count == 0 || departments.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var officers = new Dictionary<string, Officer>(StringComparer.Ordinal);
        foreach (var o in generator.Officers(Officers, [.. units.Keys.Order(StringComparer.Ordinal)], [.. departments.Order(StringComparer.Ordinal)]))
        {
            var officer = Officer.Create(o.Number, new OfficerDetails(
                o.Name, units[o.UnitCode], o.DepartmentCode, o.Status, o.Leader, null, o.Expertise,
                o.Certificate is null ? [] : [o.Certificate]));
            officers[o.Number] = officer;
            db.Officers.Add(officer);
        }

        foreach (var r in generator.Recusals(Officers / 4, [.. officers.Keys], codes))
        {
            db.Recusals.Add(Recusal.Create(officers[r.OfficerNumber].Id, r.TargetCode, r.Reason, r.Note, r.From, r.To, "demo"));
        }

        // A little inspection history, so the "not the same officer twice in a row" rule has something to find.
        var random = new SeededRandom(Seed);
        var numbers = officers.Keys.ToList();
        for (var i = 0; i < 200; i++)
        {
            db.InspectionHistory.Add(InspectionHistoryEntry.Create(
                officers[random.Pick(numbers)].Id, random.Pick(codes), DemoRosterGenerator.Anchor.AddDays(-random.Next(700))));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The simulated inspection history of the demo roster (docs/demo-data.md), into an empty history table and only
    /// when the demo targets are there (an empty table next to someone's own roster stays empty). Returns the rows.
    /// </summary>
    public async Task<int> SeedHistoryAsync(CancellationToken cancellationToken)
    {
        var generator = new DemoRosterGenerator(Seed);
        var first = generator.Targets(1).First().Code;
        if (await db.InspectionOutcomes.AnyAsync(cancellationToken) || !await db.Targets.AnyAsync(t => t.Code == first, cancellationToken))
        {
            return 0;
        }

        var history = new DemoHistoryGenerator(Seed);
        foreach (var t in generator.Targets(Targets))
        {
            history.Count(t);
        }

        var rows = 0;
        long index = 0;
        foreach (var t in generator.Targets(Targets))
        {
            foreach (var o in history.Outcomes(t, index++))
            {
                db.InspectionOutcomes.Add(InspectionOutcome.Create(
                    new InspectionOutcomeFields(o.TargetCode, o.InspectedOn, o.Year, o.TaskName, o.ItemCode, o.ItemName, o.Category, o.Lambda, o.Stratum),
                    InspectionOutcomeSource.Demo, history.BatchId));
                rows++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}
