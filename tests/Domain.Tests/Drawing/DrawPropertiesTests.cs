using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class DrawPropertiesTests
{
    private static readonly VectorFile Medium = VectorFile.Load("02-medium.json");

    [Fact]
    public void Shuffling_the_roster_input_order_changes_nothing()
    {
        var original = Dr1Engine.Run(Medium.Input, Medium.Secret, Medium.Entropy);
        var random = new Random(3);
        var shuffled = new Dr1Input(
            Medium.Parameters,
            [.. Medium.Targets.OrderBy(_ => random.Next())],
            [.. Medium.Officers.OrderBy(_ => random.Next())],
            [.. Medium.Recusals.OrderBy(_ => random.Next())]);

        var again = Dr1Engine.Run(shuffled, Medium.Secret, Medium.Entropy);

        Assert.Equal(original.Lines, again.Lines);
        Assert.Equal(original.Digests, again.Digests);
    }

    [Fact]
    public void Every_group_has_its_required_departments_certified_officers_and_head_count()
    {
        var result = Dr1Engine.Run(Medium.Input, Medium.Secret, Medium.Entropy);
        var officers = Medium.Officers.ToDictionary(o => o.OfficerId, StringComparer.Ordinal);

        Assert.Equal(Medium.Parameters.Groups, result.Groups.Count);
        Assert.All(result.Groups, group =>
        {
            var people = group.MemberIds.Prepend(group.LeaderId).Select(id => officers[id]).ToList();
            Assert.True(people[0].Leader);
            Assert.Equal(Medium.Parameters.OfficersPerGroup, people.Count);
            Assert.True(people.Count(o => o.Certified) >= Medium.Parameters.MinCertifiedPerGroup);
            Assert.All(Medium.Parameters.RequiredDepartments, d => Assert.Contains(people, o => o.Department == d));
        });
        Assert.Equal(
            result.Groups.Count * Medium.Parameters.OfficersPerGroup,
            result.Groups.SelectMany(g => g.MemberIds.Prepend(g.LeaderId)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_target_goes_to_a_group_with_a_recused_officer_or_beyond_its_capacity()
    {
        var result = Dr1Engine.Run(Medium.Input, Medium.Secret, Medium.Entropy);
        var recused = Medium.Recusals.Select(r => (r.OfficerId, r.Code)).ToHashSet();

        foreach (var target in result.Targets.Where(t => t.Group is not null))
        {
            var group = result.Groups[target.Group!.Value - 1];
            Assert.DoesNotContain(group.MemberIds.Prepend(group.LeaderId), id => recused.Contains((id, target.Code)));
        }

        Assert.All(
            result.Targets.GroupBy(t => t.Group),
            g => Assert.True(g.Key is null || g.Count() <= Medium.Parameters.TargetsPerGroup));
    }

    [Fact]
    public void A_target_no_group_can_take_stays_unassigned()
    {
        var parameters = Samples.Parameters(
            new Dictionary<string, StratumAllocation>(StringComparer.Ordinal) { ["A"] = StratumAllocation.Fixed(3) },
            groups: 1,
            officersPerGroup: 1,
            targetsPerGroup: 2);
        var officers = Samples.Officers(1);

        var result = Dr1Engine.Run(new Dr1Input(parameters, Samples.Targets("A", 3), officers, []), Samples.Secret(1), "e");

        Assert.Single(result.Targets, t => t.Group is null);
        Assert.Contains(result.Lines, l => l.StartsWith("S|", StringComparison.Ordinal) && l.EndsWith("|-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 1000, 0)]
    [InlineData(3, 5000, 2)]
    [InlineData(1185, 300, 36)]
    [InlineData(10, 10000, 10)]
    [InlineData(10, 1, 1)]
    public void Ratio_allocation_rounds_up_in_integers(int population, int ratioBp, int expected)
    {
        Assert.Equal(expected, StratumAllocation.Ratio(ratioBp).SampleSize(population));
    }

    [Fact]
    public void Count_allocation_is_capped_by_the_stratum_size()
    {
        Assert.Equal(98, StratumAllocation.Fixed(200).SampleSize(98));
        Assert.Equal(60, StratumAllocation.Fixed(60).SampleSize(98));
    }

    [Fact]
    public void An_allocated_stratum_without_targets_draws_nothing()
    {
        var parameters = Samples.Parameters(new Dictionary<string, StratumAllocation>(StringComparer.Ordinal)
        {
            ["A"] = StratumAllocation.Fixed(1),
            ["Z"] = StratumAllocation.Ratio(5000),
        });

        var result = Dr1Engine.Run(new Dr1Input(parameters, Samples.Targets("A", 4), Samples.Officers(6), []), Samples.Secret(2), "e");

        Assert.Equal("N|Z|0|0|0|0|-", result.Lines[^1]);
    }
}
