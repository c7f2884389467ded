using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tests.Drawing;

namespace DoubleRandom.Domain.Tests.Draws;

/// <summary>
/// The draw's state machine: Prepared (committed) → Sealed or Failed, both final; the reveal publishes s after
/// execution without changing the state. Every allowed transition, and every refused one with its rule code.
/// </summary>
public sealed class DrawStateTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Dr1Parameters Parameters =
        Samples.Parameters(new Dictionary<string, StratumAllocation> { ["A"] = StratumAllocation.Fixed(1) });

    private static readonly Dr1Preparation Preparation = new("pd", "tr", "or", "rr", [new StratumSize("A", 5, 1)], "commitment");

    private static Dr1Result Result(bool succeeded) => new(
        new Dr1Digests("pd", "tr", "or", "rr", "ed", "rd"), "commitment", "seed",
        succeeded ? null : Dr1Result.InsufficientOfficers, succeeded ? null : "too few officers",
        ["line"], [], [], []);

    private static Draw Committed()
    {
        var draw = Draw.Start(Guid.NewGuid(), 2026, allowOverlap: false, new DateOnly(2026, 3, 1));
        draw.Commit(Parameters, Preparation, [1, 2, 3], "operator", Now);
        return draw;
    }

    private static Draw Executed(bool succeeded)
    {
        var draw = Committed();
        draw.Seal(Result(succeeded), "entropy", "operator", "supervisor", Now.AddMinutes(1));
        return draw;
    }

    private static string Refused(Action action) => Assert.Throws<BusinessRuleViolationException>(action).Code;

    [Fact]
    public void A_started_draw_is_prepared_and_commit_publishes_the_commitment()
    {
        var draw = Draw.Start(Guid.NewGuid(), 2026, allowOverlap: true, new DateOnly(2026, 3, 1));
        Assert.Equal(DrawStatus.Prepared, draw.Status);
        Assert.Empty(draw.Commitment);

        draw.Commit(Parameters, Preparation, [1, 2, 3], "operator", Now);
        Assert.Equal(DrawStatus.Prepared, draw.Status);
        Assert.Equal("commitment", draw.Commitment);
        Assert.Equal([new StratumSize("A", 5, 1)], draw.Strata());
        draw.EnsurePrepared();
    }

    [Fact]
    public void A_second_commit_is_refused()
    {
        var draw = Committed();
        Assert.Equal("draw-already-committed", Refused(() => draw.Commit(Parameters, Preparation, [4], "other", Now)));
        Assert.Equal("operator", draw.PreparedBy);
    }

    [Fact]
    public void Prepared_to_sealed_when_the_result_succeeds()
    {
        var draw = Executed(succeeded: true);
        Assert.Equal(DrawStatus.Sealed, draw.Status);
        Assert.Equal("rd", draw.ResultDigest);
        Assert.Equal(["line"], draw.Lines());
        Assert.Null(draw.Failure);
    }

    [Fact]
    public void Prepared_to_failed_when_the_result_fails()
    {
        var draw = Executed(succeeded: false);
        Assert.Equal(DrawStatus.Failed, draw.Status);
        Assert.Equal(Dr1Result.InsufficientOfficers, draw.Failure);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sealed_and_failed_are_final(bool succeeded)
    {
        var draw = Executed(succeeded);
        var status = draw.Status;
        Assert.Equal("draw-already-executed", Refused(() => draw.Seal(Result(!succeeded), "e2", "x", "y", Now.AddHours(1))));
        Assert.Equal("draw-already-executed", Refused(draw.EnsurePrepared));
        Assert.Equal(status, draw.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_executed_draw_is_revealed_once_without_changing_its_state(bool succeeded)
    {
        var draw = Executed(succeeded);
        var status = draw.Status;
        draw.Reveal("abcd", Now.AddDays(1));
        Assert.True(draw.IsRevealed);
        Assert.Equal("abcd", draw.RevealedSecret);
        Assert.Equal(status, draw.Status);

        Assert.Equal("draw-already-revealed", Refused(() => draw.Reveal("ef", Now.AddDays(2))));
        Assert.Equal("abcd", draw.RevealedSecret);
    }

    [Fact]
    public void A_prepared_draw_is_not_revealed()
    {
        var draw = Committed();
        Assert.Equal("draw-not-executed", Refused(() => draw.Reveal("abcd", Now)));
        Assert.False(draw.IsRevealed);
    }
}
