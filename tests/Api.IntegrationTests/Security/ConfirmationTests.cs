using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Identity.Confirmations;
using DoubleRandom.Domain.Common;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>The two-person rule: a supervisor confirms one action on one subject for one operator, once.</summary>
public sealed class ConfirmationTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>An operator and a supervisor of one unit, and a prepared draw of it: the subject a confirmation names.</summary>
    private async Task<(HttpClient Operator, Guid OperatorId, string Subject)> OperatorAsync()
    {
        var s = new Draws.DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 40);
        var draw = await s.PrepareAsync((await s.CreateTaskAsync(Draws.DrawScenario.TaskBody(await s.CreateItemAsync()))).GetProperty("id").GetGuid());
        var id = await Accounts.CreateUserAsync(Client, "op-1", ["operator"], unitId: s.UnitId);
        await s.CreateSupervisorAsync();
        await Accounts.CreateUserAsync(Client, "ana-1", ["analyst"]);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "op-1");
        return (Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!), id, draw.GetProperty("id").GetGuid().ToString());
    }

    [Fact]
    public async Task A_supervisor_confirms_and_the_confirmation_can_be_spent_once_for_that_action()
    {
        var (op, operatorId, subject) = await OperatorAsync();
        var response = await op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject, userName = "sup-1", password = Accounts.Password });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = body.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("sup-1", body.RootElement.GetProperty("confirmedBy").GetString());

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var gate = scope.ServiceProvider.GetRequiredService<ConfirmationGate>();
            var wrongAction = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.reveal", subject, operatorId, default));
            Assert.Equal("confirmation-mismatch", wrongAction.Code);
            var wrongUser = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.execute", subject, Guid.NewGuid(), default));
            Assert.Equal("confirmation-mismatch", wrongUser.Code);
            await gate.ConsumeAsync(id, "draw.execute", subject, operatorId, default);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var gate = scope.ServiceProvider.GetRequiredService<ConfirmationGate>();
            var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.execute", subject, operatorId, default));
            Assert.Equal("confirmation-used", again.Code);
        }
    }

    [Fact]
    public async Task An_operator_confirming_their_own_action_is_refused_in_the_requests_language()
    {
        var (op, _, subject) = await OperatorAsync();
        await ProblemLanguages.AssertBothLanguagesAsync(op,
            () => op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject, userName = "op-1", password = Accounts.Password }),
            HttpStatusCode.Conflict, "confirmation-same-person", "监督人须是操作人以外的另一人", "The confirming user must be a different person.");
        Assert.Equal(0, await Fixture.CountRowsAsync("action_confirmations"));
    }

    [Theory]
    [InlineData("ana-1", "Str0ng!Passw0rd", HttpStatusCode.Conflict, "confirmation-not-supervisor")]
    [InlineData("op-1", "Str0ng!Passw0rd", HttpStatusCode.Conflict, "confirmation-same-person")]
    [InlineData("sup-1", "Wrong!Passw0rd", HttpStatusCode.Forbidden, "confirmation-denied")]
    [InlineData("ghost", "Wrong!Passw0rd", HttpStatusCode.Forbidden, "confirmation-denied")]
    public async Task A_confirmation_needs_another_person_who_is_a_supervisor_and_knows_their_password(
        string userName, string password, HttpStatusCode status, string code)
    {
        var (op, _, subject) = await OperatorAsync();
        var response = await op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject, userName, password });
        Assert.Equal(code, (await response.ReadProblemAsync(status)).Code);
        Assert.Equal(0, await Fixture.CountRowsAsync("action_confirmations"));
    }
}
