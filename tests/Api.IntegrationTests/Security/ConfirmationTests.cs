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
    private async Task<(HttpClient Operator, Guid OperatorId)> OperatorAsync()
    {
        var id = await Accounts.CreateUserAsync(Client, "op-1", ["operator"]);
        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"]);
        await Accounts.CreateUserAsync(Client, "ana-1", ["analyst"]);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "op-1");
        return (Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!), id);
    }

    [Fact]
    public async Task A_supervisor_confirms_and_the_confirmation_can_be_spent_once_for_that_action()
    {
        var (op, operatorId) = await OperatorAsync();
        var response = await op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject = "draw-0001", userName = "sup-1", password = Accounts.Password });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var id = body.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("sup-1", body.RootElement.GetProperty("confirmedBy").GetString());

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var gate = scope.ServiceProvider.GetRequiredService<ConfirmationGate>();
            var wrongAction = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.reveal", "draw-0001", operatorId, default));
            Assert.Equal("confirmation-mismatch", wrongAction.Code);
            var wrongUser = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.execute", "draw-0001", Guid.NewGuid(), default));
            Assert.Equal("confirmation-mismatch", wrongUser.Code);
            await gate.ConsumeAsync(id, "draw.execute", "draw-0001", operatorId, default);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var gate = scope.ServiceProvider.GetRequiredService<ConfirmationGate>();
            var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => gate.ConsumeAsync(id, "draw.execute", "draw-0001", operatorId, default));
            Assert.Equal("confirmation-used", again.Code);
        }
    }

    [Theory]
    [InlineData("ana-1", "Str0ng!Passw0rd", HttpStatusCode.Conflict, "confirmation-not-supervisor")]
    [InlineData("op-1", "Str0ng!Passw0rd", HttpStatusCode.Conflict, "confirmation-same-person")]
    [InlineData("sup-1", "Wrong!Passw0rd", HttpStatusCode.Forbidden, "confirmation-denied")]
    [InlineData("ghost", "Wrong!Passw0rd", HttpStatusCode.Forbidden, "confirmation-denied")]
    public async Task A_confirmation_needs_another_person_who_is_a_supervisor_and_knows_their_password(
        string userName, string password, HttpStatusCode status, string code)
    {
        var (op, _) = await OperatorAsync();
        var response = await op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject = "draw-1", userName, password });
        Assert.Equal(code, (await response.ReadProblemAsync(status)).Code);
        Assert.Equal(0, await Fixture.CountRowsAsync("action_confirmations"));
    }
}
