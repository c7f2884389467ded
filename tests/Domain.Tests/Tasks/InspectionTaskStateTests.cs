using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Domain.Tests.Tasks;

/// <summary>
/// The task's state machine: Draft → Prepared (a draw is committed) → Drawn (sealed) → Closed; a failed draw returns
/// the task to Draft. Every allowed transition, and every refused one with its rule code.
/// </summary>
public sealed class InspectionTaskStateTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static TaskSettings Settings(int groups = 2) => new(
        [Guid.NewGuid()], null, TargetScope.Everything, new OfficerScope([]), ExclusionRules.Default,
        [new StratumRule("A", null, 1000, null)], groups, 2, 10, 0, null, AllowOverlap: false);

    private static InspectionTask InState(InspectionTaskStatus status)
    {
        var task = InspectionTask.Create(2026, "2026 年食品抽查", Settings());
        if (status == InspectionTaskStatus.Draft)
        {
            return task;
        }

        task.DrawPrepared(Guid.NewGuid());
        if (status == InspectionTaskStatus.Prepared)
        {
            return task;
        }

        task.DrawFinished(succeeded: true);
        if (status == InspectionTaskStatus.Drawn)
        {
            return task;
        }

        task.Close(Now);
        return task;
    }

    private static string Refused(Action action) => Assert.Throws<BusinessRuleViolationException>(action).Code;

    [Fact]
    public void A_new_task_is_a_draft_with_settings_open_to_change()
    {
        var task = InspectionTask.Create(2026, "任务", Settings());
        Assert.Equal(InspectionTaskStatus.Draft, task.Status);
        Assert.False(task.IsFrozen);
        Assert.Null(task.CurrentDrawId);

        task.Update(2027, "改名", Settings(groups: 3));
        Assert.Equal(2027, task.Year);
        Assert.Equal("改名", task.Name);
        Assert.Equal(3, task.Settings.Groups);
    }

    [Fact]
    public void Draft_to_prepared_freezes_the_settings_and_remembers_the_draw()
    {
        var task = InState(InspectionTaskStatus.Draft);
        var drawId = Guid.NewGuid();
        task.DrawPrepared(drawId);
        Assert.Equal(InspectionTaskStatus.Prepared, task.Status);
        Assert.True(task.IsFrozen);
        Assert.Equal(drawId, task.CurrentDrawId);
    }

    [Fact]
    public void Prepared_to_drawn_when_the_draw_is_sealed()
    {
        var task = InState(InspectionTaskStatus.Prepared);
        task.DrawFinished(succeeded: true);
        Assert.Equal(InspectionTaskStatus.Drawn, task.Status);
    }

    [Fact]
    public void Prepared_back_to_draft_when_the_draw_fails_and_a_new_draw_can_be_prepared()
    {
        var task = InState(InspectionTaskStatus.Prepared);
        task.DrawFinished(succeeded: false);
        Assert.Equal(InspectionTaskStatus.Draft, task.Status);
        Assert.True(task.IsFrozen);

        var second = Guid.NewGuid();
        task.DrawPrepared(second);
        Assert.Equal(InspectionTaskStatus.Prepared, task.Status);
        Assert.Equal(second, task.CurrentDrawId);
    }

    [Fact]
    public void Drawn_to_closed_records_the_time()
    {
        var task = InState(InspectionTaskStatus.Drawn);
        task.Close(Now);
        Assert.Equal(InspectionTaskStatus.Closed, task.Status);
        Assert.Equal(Now, task.ClosedAtUtc);
    }

    [Theory]
    [InlineData(InspectionTaskStatus.Prepared)]
    [InlineData(InspectionTaskStatus.Drawn)]
    [InlineData(InspectionTaskStatus.Closed)]
    public void A_second_draw_is_refused_unless_the_task_is_a_draft(InspectionTaskStatus status)
    {
        var task = InState(status);
        Assert.Equal("task-not-draft", Refused(() => task.DrawPrepared(Guid.NewGuid())));
        Assert.Equal(status, task.Status);
    }

    [Theory]
    [InlineData(InspectionTaskStatus.Draft)]
    [InlineData(InspectionTaskStatus.Prepared)]
    [InlineData(InspectionTaskStatus.Closed)]
    public void Closing_is_refused_unless_the_task_is_drawn(InspectionTaskStatus status)
    {
        var task = InState(status);
        Assert.Equal("task-not-drawn", Refused(() => task.Close(Now.AddDays(1))));
        Assert.Equal(status, task.Status);
    }

    [Theory]
    [InlineData(InspectionTaskStatus.Prepared)]
    [InlineData(InspectionTaskStatus.Drawn)]
    [InlineData(InspectionTaskStatus.Closed)]
    public void Settings_are_refused_once_a_draw_was_prepared(InspectionTaskStatus status)
    {
        var task = InState(status);
        Assert.Equal("task-frozen", Refused(() => task.Update(2027, "改名", Settings(groups: 3))));
        Assert.Equal("task-frozen", Refused(task.EnsureNotFrozen));
        Assert.Equal(2, task.Settings.Groups);
    }

    [Fact]
    public void Settings_stay_frozen_after_a_failed_draw()
    {
        var task = InState(InspectionTaskStatus.Prepared);
        task.DrawFinished(succeeded: false);
        Assert.Equal("task-frozen", Refused(() => task.Update(2027, "改名", Settings(groups: 3))));
    }
}
