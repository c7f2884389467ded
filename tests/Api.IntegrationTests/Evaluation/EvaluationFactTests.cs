using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>
/// The report's facts from a small hand-built scenario (docs/evaluation-report-facts.md): eight targets (tiers B, C, D, A
/// in turn, two each; regions 640105/640104, both in 银川市; section F; department amr), a task drawing every tier whole
/// (ratio 100 %: every unit a take-all unit with λ = 1), two groups of two of six eligible officers with four targets each,
/// group 1 "no problem" and group 2 "ordered to rectify" on both items, every summary signed off and the task closed.
/// </summary>
public sealed class EvaluationFactTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_closed_task_gives_its_samples_strata_coverage_items_officers_and_publication_as_computed_by_hand()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        var progress = new List<EvaluationProgress>();

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(), progress);

        // Samples: the eight drawn targets, each with its final record, λ = 1, the stratum its tier.
        var problems = s.Group(2).TargetCodes.ToHashSet(StringComparer.Ordinal);
        var tiers = await TiersAsync();
        Assert.Equal(8, facts.Samples.Count);
        Assert.All(facts.Samples, x =>
        {
            Assert.Equal(SampleSource.Draw, x.Source);
            Assert.Equal(1.0, x.Lambda);
            Assert.Equal(Today, x.Day);
            Assert.Equal(2, x.Items);
            Assert.Equal("640100", x.Region);
            Assert.Equal("F", x.Industry);
            Assert.Equal("Tier", x.Weighting);
            Assert.StartsWith($"{s.DrawId:N}|", x.Design, StringComparison.Ordinal);
            Assert.Equal(x.Design[^1..], x.Tier);
        });
        Assert.Equal(4, facts.Samples.Count(x => x.Problem && x.ProblemItems == 2));
        Assert.Equal(4, facts.Samples.Count(x => !x.Problem && x.ProblemItems == 0));
        Assert.Equal(tiers.Values.Order().ToList(), facts.Samples.Select(x => x.Tier!).Order().ToList());
        Assert.Equal(problems.Select(c => tiers[c]).Order().ToList(), facts.Samples.Where(x => x.Problem).Select(x => x.Tier!).Order().ToList());

        // Strata: N = 2 per tier, both selected with certainty and inspected.
        Assert.Equal(["A", "B", "C", "D"], facts.Strata.Select(x => x.Design.Split('|')[1]));
        Assert.All(facts.Strata, x => Assert.Equal((2L, 2L, 2L, 2L, Today), (x.Population!.Value, x.Selected, x.TakeAll, x.Inspected, x.Day)));

        // Coverage: every live target drawn and inspected.
        Assert.Equal(
            new (string, string, long, long, long)[]
            {
                ("industry", "F", 8, 8, 8), ("region", "640100", 8, 8, 8), ("tier", "A", 2, 2, 2), ("tier", "B", 2, 2, 2), ("tier", "C", 2, 2, 2), ("tier", "D", 2, 2, 2),
            },
            facts.Population.Select(p => (p.Dimension, p.Key, p.Population, p.Drawn, p.Inspected)));
        var task = Assert.Single(facts.Tasks);
        Assert.Equal((s.TaskId, "2026年食品经营现场检查", (int?)10_000, 8L, 8L, 8L, "Tier"), (task.TaskId, task.Name, task.RatioBp, task.Population, task.Drawn, task.Inspected, task.Weighting));

        // Items: both checked on eight records, a problem on group 2's four.
        Assert.Equal(s.ItemIds.Select(i => i.ToString("N")).Order(StringComparer.Ordinal), facts.Items.Select(i => i.Code));
        Assert.All(facts.Items, i => Assert.Equal((8L, 4L), (i.Checked, i.Problems)));
        Assert.Contains(facts.Items, i => i.Name == "食品安全管理制度检查");

        // Officers: six eligible, four places: 4/6 expected each; the drawn four sat in a group of four targets.
        Assert.Equal(6, facts.Officers.Count);
        Assert.All(facts.Officers, o => Assert.Equal((1, 4.0 / 6), (o.EligibleDraws, o.Expected)));
        var drawn = s.Groups.SelectMany(g => g.Inspectors).ToDictionary(i => i.OfficerId);
        Assert.All(facts.Officers, o => Assert.Equal(drawn.ContainsKey(o.OfficerId) ? (1, 4L) : (0, 0L), (o.TimesDrawn, o.Targets)));
        Assert.All(facts.Officers, o => Assert.Equal("银川市局", o.UnitName));
        Assert.Equal(facts.Officers.Select(o => o.Number).Order(StringComparer.Ordinal), facts.Officers.Select(o => o.Number));

        // Publication: completed today, not yet published; the deadline the publication status reports.
        var deadline = await DeadlineAsync(s.Draw.Operator, s.TaskId);
        var publication = Assert.Single(facts.Publications);
        Assert.Equal((s.TaskId, Today, deadline, (DateOnly?)null), (publication.TaskId, publication.CompletedOn, publication.DeadlineOn, publication.PublishedOn));

        // Nothing to fit (every λ = 1), nothing without λ, no model; labels name what occurs.
        Assert.Empty(facts.LambdaBins);
        Assert.Equal(0, facts.ExcludedWithoutLambda);
        Assert.Null(facts.Model);
        Assert.Contains(new LabelFact("region", "640100", "银川市"), facts.Labels);
        Assert.Contains(new LabelFact("industry", "F", "批发和零售业"), facts.Labels);
        Assert.Contains(new LabelFact("tier", "A", "A类（低风险）"), facts.Labels);
        Assert.Matches("^[0-9a-f]{64}$", facts.DataDigest);
        Assert.Equal(0, progress[0].Percent);
        Assert.Equal(100, progress[^1].Percent);
        Assert.All(progress, p => Assert.Equal("Reading", p.Stage));

        // Published today: on time.
        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/publication", null)).EnsureSuccessStatusCode();
        var after = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());
        Assert.Equal((Today, deadline, (DateOnly?)Today), (after.Publications[0].CompletedOn, after.Publications[0].DeadlineOn, after.Publications[0].PublishedOn));
        Assert.NotEqual(facts.DataDigest, after.DataDigest);
    }

    [Fact]
    public async Task Units_departments_and_industries_narrow_the_facts_and_a_target_filter_leaves_the_strata_sizes_unknown()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        var (child, foreign) = await AddUnitsAsync(s.Draw.UnitId);

        var own = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(units: [s.Draw.UnitId]));
        var below = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(units: [child]));
        var other = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(units: [foreign]));
        var amr = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(departments: ["amr"]));
        var fire = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(departments: ["fire"]));
        var trade = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(industries: ["F"]));
        var making = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(industries: ["C"]));

        // The task lists 银川市局: in its scope; a unit below it or beside it does not bring a task of its parent.
        Assert.Equal((8, 1, 1, 6), (own.Samples.Count, own.Tasks.Count, own.Publications.Count, own.Officers.Count));
        Assert.Equal(8, own.Population.Single(p => p.Dimension == "region").Population);
        Assert.Equal((0, 0, 0), (below.Samples.Count, below.Tasks.Count, below.Publications.Count));
        Assert.Equal(2, below.Population.Single(p => p.Dimension == "region").Population); // 兴庆区 640104: targets 3 and 6
        Assert.Equal((0, 0, 0, 0), (other.Samples.Count, other.Population.Count, other.Tasks.Count, other.Officers.Count));

        Assert.Equal((8, 8, 0, 0), (amr.Samples.Count, trade.Samples.Count, fire.Samples.Count, making.Samples.Count));
        Assert.Empty(fire.Population);
        Assert.All(amr.Strata, x => Assert.Null(x.Population)); // N_h of a domain is not published
        Assert.All(fire.Strata, x => Assert.Equal((0L, 0L), (x.Selected, x.Inspected)));
        Assert.Empty(fire.Items);
        Assert.Equal(own.DataDigest, (await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year())).DataDigest);
        Assert.NotEqual(own.DataDigest, fire.DataDigest);
    }

    [Fact]
    public async Task A_period_without_data_gives_empty_facts_not_an_error()
    {
        await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        var request = new EvaluationRequest(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "2020年", [], [], [], new DateOnly(2018, 1, 1));

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, request);

        Assert.Empty(facts.Samples);
        Assert.Empty(facts.Strata);
        Assert.Empty(facts.Tasks);
        Assert.Empty(facts.Items);
        Assert.Empty(facts.FollowUps);
        Assert.Empty(facts.Publications);
        Assert.Empty(facts.Officers);
        Assert.Empty(facts.LambdaBins);
        Assert.Null(facts.Model);
        Assert.Empty(facts.Population); // the roster was created in 2026: no live target at the end of 2020
        Assert.Equal(5, facts.Labels.Count(l => l.Dimension == "tier"));
    }

    [Fact]
    public async Task The_digest_holds_across_reads_and_changes_with_an_approved_correction()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var first = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());
        var second = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());
        Assert.Equal(first.DataDigest, second.DataDigest);
        Assert.Equal(4, first.Samples.Count); // group 1 signed off; group 2 has no records
        Assert.DoesNotContain(first.Samples, x => x.Problem);

        var correction = await c.RequestAsync(c.FirstRecord);
        Assert.Equal(first.DataDigest, (await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year())).DataDigest); // requested: not yet a result
        (await CorrectionScenario.DecideAsync(c.Leader, correction, "approval")).EnsureSuccessStatusCode();

        var corrected = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());
        Assert.NotEqual(first.DataDigest, corrected.DataDigest);
        Assert.Equal(1, corrected.Samples.Count(x => x.Problem && x.ProblemItems == 2));
        Assert.All(corrected.Items, i => Assert.Equal((4L, 1L), (i.Checked, i.Problems)));
    }

    private async Task<Dictionary<string, string>> TiersAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Targets.ToDictionaryAsync(t => t.Code, t => t.RiskTier!.Value.ToString(), StringComparer.Ordinal);
    }

    private async Task<(Guid Child, Guid Foreign)> AddUnitsAsync(Guid parentId)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var parent = await db.BranchUnits.SingleAsync(u => u.Id == parentId);
        var below = BranchUnit.Create("YC-XQ", "兴庆区分局", parent, "640104");
        var beside = BranchUnit.Create("GY", "固原市局", null, "640400");
        db.BranchUnits.AddRange(below, beside);
        await db.SaveChangesAsync();
        return (below.Id, beside.Id);
    }

    private static async Task<DateOnly> DeadlineAsync(HttpClient client, Guid taskId)
    {
        using var status = await (await client.GetAsync($"/api/v1/tasks/{taskId}/publication")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return DateOnly.Parse(status.RootElement.GetProperty("deadlineOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
