using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>Targets and history rows written straight to the database, and the feature source of a fresh scope.</summary>
internal sealed class RiskHistoryWorld(ApiFactory factory)
{
    public static TargetDetails Details(
        RiskTier? tier = RiskTier.C, CreditClass? credit = CreditClass.B, DateOnly? registered = null, decimal? capital = 50m,
        string region = "640104", string? section = "H", string? division = "62", IReadOnlyList<string>? tags = null,
        TargetStatus status = TargetStatus.Active) =>
        new("企业", null, "银川市兴庆区1号", region, section, division, ["amr"], registered ?? new DateOnly(2015, 6, 1), capital, status, tier, credit,
            tags ?? ["食品经营", "重点监管"], null);

    public async Task AddTargetsAsync(params (string Code, TargetKind Kind, TargetDetails Details)[] targets)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (code, kind, details) in targets)
        {
            db.Targets.Add(Target.Create(code, kind, details));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>History rows: (target, day, item, category, λ, stratum); the task year is the day's year.</summary>
    public async Task AddOutcomesAsync(params (string Code, DateOnly Day, string Item, string Category, double? Lambda, string? Stratum)[] rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var batch = Guid.NewGuid();
        foreach (var r in rows)
        {
            db.InspectionOutcomes.Add(InspectionOutcome.Create(
                new InspectionOutcomeFields(r.Code, r.Day, r.Day.Year, $"{r.Day.Year}年度抽查", r.Item, r.Item, r.Category, r.Lambda, r.Stratum),
                InspectionOutcomeSource.Import, batch));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="use"/> with a feature source of a fresh scope made with small pages (to cross them).</summary>
    public async Task<T> WithPagedSourceAsync<T>(int rowPage, int targetPage, Func<IRiskFeatureSource, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var source = new RiskFeatureSource(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), NullLogger<RiskFeatureSource>.Instance)
        {
            RowPageSize = rowPage, TargetPageSize = targetPage,
        };
        return await use(source);
    }

    /// <summary>Sets a roster row's creation back, as if none of its facts had changed since <paramref name="changedAtUtc"/>.</summary>
    public async Task BackdateTargetAsync(string code, DateTime changedAtUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Targets.Where(t => t.Code == code).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.CreatedAtUtc, changedAtUtc).SetProperty(x => x.UpdatedAtUtc, changedAtUtc)
            .SetProperty(x => x.StatusChangedAtUtc, (DateTime?)null).SetProperty(x => x.CreditClassChangedAtUtc, (DateTime?)null)
            .SetProperty(x => x.TagsChangedAtUtc, (DateTime?)null).SetProperty(x => x.ProfileChangedAtUtc, (DateTime?)null));
    }

    /// <summary>An edit of the roster row (<c>Target.Update</c>) dated <paramref name="utcNow"/>, saved.</summary>
    public async Task EditTargetAsync(string code, TargetDetails details, DateTime utcNow)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await db.Targets.SingleAsync(t => t.Code == code);
        target.Update(details, utcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>A scoring's write (<c>Target.SetModelRisk</c>), saved: the row's last change becomes now.</summary>
    public async Task SetModelRiskAsync(string code, double probability, RiskTier tier, int version)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await db.Targets.SingleAsync(t => t.Code == code);
        target.SetModelRisk(probability, tier, version);
        await db.SaveChangesAsync();
    }

    public async Task RetireTargetAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var target = await db.Targets.SingleAsync(t => t.Code == code);
        target.Retire(DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>Every row <see cref="IRiskFeatureSource.CurrentAsync"/> streams, in order.</summary>
    public static async Task<List<RiskFeatures>> CurrentAsync(IRiskFeatureSource source, DateOnly asOf)
    {
        var all = new List<RiskFeatures>();
        await foreach (var f in source.CurrentAsync(asOf, CancellationToken.None))
        {
            all.Add(f);
        }

        return all;
    }

    /// <summary>Runs <paramref name="use"/> with the feature source of a fresh scope (as a job would).</summary>
    public async Task<T> WithSourceAsync<T>(Func<IRiskFeatureSource, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IRiskFeatureSource>());
    }
}
