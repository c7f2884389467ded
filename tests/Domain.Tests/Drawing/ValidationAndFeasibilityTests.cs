using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class ValidationAndFeasibilityTests
{
    private static readonly Dictionary<string, StratumAllocation> OneStratum =
        new(StringComparer.Ordinal) { ["A"] = StratumAllocation.Fixed(2) };

    [Fact]
    public void Valid_parameters_have_no_errors()
    {
        Assert.Empty(Dr1Validation.ValidateParameters(VectorFile.Load("02-medium.json").Parameters));
    }

    [Fact]
    public void Broken_parameters_are_reported_field_by_field()
    {
        var parameters = new Dr1Parameters(
            "task 1",
            "draw-1",
            new Dictionary<string, StratumAllocation>(StringComparer.Ordinal)
            {
                ["A"] = new(100, 5),
                ["B"] = StratumAllocation.Ratio(10001),
                ["C"] = StratumAllocation.Fixed(-1),
            },
            0,
            2,
            0,
            3,
            ["fire", "amr"]);

        var fields = Dr1Validation.ValidateParameters(parameters).Select(e => e.Field).ToList();

        Assert.Equal(
            ["taskId", "allocation.A", "allocation.B.ratioBp", "allocation.C.count", "groups", "targetsPerGroup", "minCertifiedPerGroup", "requiredDepartments"],
            fields);
    }

    [Fact]
    public void Duplicate_required_departments_are_refused()
    {
        var parameters = Samples.Parameters(OneStratum, departments: ["amr", "amr"]);

        Assert.Contains(Dr1Validation.ValidateParameters(parameters), e => e.Field == "requiredDepartments");
    }

    [Fact]
    public void Broken_leaves_are_reported_with_their_position()
    {
        TargetLeaf[] targets =
        [
            new("91640001", "A", 1),
            new("bad code", "A", 1),
            new("91640003", "X", 1),
            new("91640004", "A", 0),
            new("91640001", "A", 2),
        ];
        OfficerLeaf[] officers = [new("NX-1", "u", "amr", true, true), new("NX-1", "u", "amr", true, true)];
        RecusalLeaf[] recusals = [new("NX-1", "91640001"), new("NX-1", "91640001"), new("NX|1", "x")];

        var errors = Dr1Validation.Validate(new Dr1Input(Samples.Parameters(OneStratum), targets, officers, recusals));

        Assert.Equal(
            ["targets[1]", "targets[2]", "targets[3]", "targets[4]", "officers[1]", "recusals[1]", "recusals[2]"],
            errors.Select(e => e.Field));
        Assert.Contains("appears more than once", errors[3].Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.MessageZh)));
    }

    [Fact]
    public void Empty_leaves_are_errors_not_crashes()
    {
        TargetLeaf[] targets = [default, default];

        var errors = Dr1Validation.Validate(new Dr1Input(Samples.Parameters(OneStratum), targets, [], []));

        Assert.Equal(["targets[0]", "targets[0]", "targets[1]", "targets[1]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_engine_refuses_input_that_breaks_a_rule()
    {
        var input = new Dr1Input(Samples.Parameters(OneStratum), [new("x", "A", 2_000_000)], Samples.Officers(4), []);

        var ex = Assert.Throws<Dr1InputException>(() => Dr1Engine.Run(input, Samples.Secret(1), "e"));

        Assert.Equal("targets[0]", Assert.Single(ex.Errors).Field);
    }

    [Theory]
    [InlineData("T|A1|S|1", true)]
    [InlineData("T|A1|S|1000000", true)]
    [InlineData("T|A1|S|1000001", false)]
    [InlineData("T|A1|S|0", false)]
    [InlineData("T|A1|S|+1", false)]
    [InlineData("T|A 1|S|1", false)]
    [InlineData("T|A1|S", false)]
    [InlineData("O|A1|S|1", false)]
    public void Target_leaves_follow_the_protocol_syntax(string leaf, bool valid)
    {
        Assert.Equal(valid, Leaves.TryParseTarget(leaf, out var target));
        if (valid)
        {
            Assert.Equal(leaf, target.ToString());
        }
    }

    [Fact]
    public void The_insufficient_officers_vector_is_caught_before_prepare()
    {
        var v = VectorFile.Load("03-insufficient-officers.json");

        var errors = Feasibility.Check(v.Input);

        var leaders = v.Officers.Count(o => o.Leader);
        Assert.Contains(errors, e => e.Field == "groups"
            && e.Message == $"only {leaders} leader-eligible officers in scope for 30 groups"
            && e.MessageZh == $"范围内仅有 {leaders} 名可任组长的执法人员，少于 30 个检查组");
    }

    [Fact]
    public void A_feasible_draw_has_no_feasibility_errors()
    {
        Assert.Empty(Feasibility.Check(VectorFile.Load("02-medium.json").Input));
    }

    [Fact]
    public void Feasibility_reports_every_shortage_before_the_seed_exists()
    {
        OfficerLeaf[] officers =
        [
            new("NX-1", "u", "amr", true, true),
            new("NX-2", "u", "amr", false, true),
            new("NX-3", "u", "fire", false, false),
        ];
        var parameters = Samples.Parameters(
            OneStratum, groups: 2, officersPerGroup: 3, targetsPerGroup: 0, minCertified: 1, departments: ["amr", "env", "fire"]);

        var errors = Feasibility.Check(new Dr1Input(parameters, Samples.Targets("A", 5), officers, []));

        Assert.Equal(
            ["requiredDepartments[1]", "requiredDepartments[2]", "minCertifiedPerGroup", "officersPerGroup", "targetsPerGroup"],
            errors.Select(e => e.Field));
        Assert.Equal("only 0 officers of department env in scope for 2 groups", errors[0].Message);
        Assert.Equal("2 groups of 0 targets cannot take the 2 targets to draw", errors[^1].Message);
    }
}
