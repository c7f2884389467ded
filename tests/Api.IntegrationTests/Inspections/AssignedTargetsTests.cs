using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>User → officer → effective groups of sealed draws: what <see cref="AssignedTargets"/> resolves.</summary>
public sealed class AssignedTargetsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Every_drawn_inspector_is_assigned_exactly_the_targets_of_their_own_group()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        Assert.Equal(2, s.Groups.Count);
        foreach (var group in s.Groups)
        {
            Assert.Equal(2, group.Inspectors.Count);
            Assert.NotEmpty(group.TargetCodes);
            foreach (var inspector in group.Inspectors)
            {
                var all = await WithDbAsync(db => AssignedTargets.AllAsync(db, inspector.UserId, CancellationToken.None));
                var mine = Assert.Single(all);
                Assert.Equal((s.TaskId, s.DrawId, group.Number), (mine.TaskId, mine.DrawId, mine.GroupNumber));
                Assert.Equal(inspector == group.Leader, mine.IsLeader);
                Assert.Equal(group.TargetCodes, mine.Targets.Select(t => t.Code));
                var found = await WithDbAsync(db => AssignedTargets.FindAsync(db, inspector.UserId, s.TaskId, group.TargetCodes[0], CancellationToken.None));
                Assert.Equal(group.Number, found!.Group.GroupNumber);
                var other = s.Groups.Single(g => g != group);
                Assert.Null(await WithDbAsync(db => AssignedTargets.FindAsync(db, inspector.UserId, s.TaskId, other.TargetCodes[0], CancellationToken.None)));
                Assert.Null(await WithDbAsync(db => AssignedTargets.MembershipAsync(db, inspector.UserId, s.TaskId, other.Number, CancellationToken.None)));
            }
        }

        var spare = s.Spares.First();
        Assert.Empty(await WithDbAsync(db => AssignedTargets.AllAsync(db, spare.UserId, CancellationToken.None)));
    }

    [Fact]
    public async Task An_approved_replacement_moves_the_assignment_from_the_replaced_officer_to_the_replacement()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var spare = s.Spares.First();
        await s.ReplaceAsync(Fixture.Factory, 1, group.Member, spare);

        Assert.Empty(await WithDbAsync(db => AssignedTargets.AllAsync(db, group.Member.UserId, CancellationToken.None)));
        var membership = await WithDbAsync(db => AssignedTargets.MembershipAsync(db, spare.UserId, s.TaskId, 1, CancellationToken.None));
        Assert.False(membership!.IsLeader);
        Assert.Equal(group.TargetCodes, membership.Targets.Select(t => t.Code));
        Assert.Contains(membership.Officers, o => o.OfficerId == spare.OfficerId && o.ByAmendment);
    }
}
