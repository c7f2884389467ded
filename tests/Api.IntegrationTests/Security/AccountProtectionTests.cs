using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

public sealed class AccountProtectionFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Auth:UnfamiliarAddressThreshold"] = "8",
        ["Auth:RefreshReuseGraceSeconds"] = "2",
    };
}

/// <summary>
/// Sign-in delays per user name and client address (no one locks another out), user names that do not exist
/// answered like those that do, access tokens that end with their sign-in, and two tabs refreshing at once.
/// </summary>
public sealed class AccountProtectionTests(AccountProtectionFixture fixture) : PostgresTest<AccountProtectionFixture>(fixture)
{
    private const string Wrong = "Wrong!Passw0rd";

    private HttpClient From(string address)
    {
        var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.ClientAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostJsonAsync("/api/v1/auth/login", new { userName, password });

    private static async Task<(HttpStatusCode Status, string? Code, bool RetryAfter)> AttemptAsync(HttpClient client, string userName)
    {
        var response = await LoginAsync(client, userName, Wrong);
        var problem = await response.ReadProblemAsync(response.StatusCode);
        return (response.StatusCode, problem.Code, response.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Failures_from_one_address_delay_that_address_only()
    {
        await Accounts.CreateUserAsync(Client, "lock.a", ["administrator"]);
        using var attacker = From("198.51.100.1");
        for (var i = 0; i < 4; i++)
        {
            await (await LoginAsync(attacker, "lock.a", Wrong)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        var fifth = await LoginAsync(attacker, "lock.a", Wrong);
        var locked = await fifth.ReadProblemAsync((HttpStatusCode)423);
        Assert.Equal("account-locked", locked.Code);
        Assert.Contains("北京时间", locked.Detail, StringComparison.Ordinal); // a person reads the wait in Asia/Shanghai
        Assert.InRange(fifth.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // The attacker's address waits even with the right password...
        await (await LoginAsync(attacker, "lock.a", Accounts.Password)).ReadProblemAsync((HttpStatusCode)423);
        // ...the account's owner elsewhere does not.
        using var owner = From("203.0.113.7");
        await Accounts.LoginAsync(owner, "lock.a");

        // Each counted failure is in the audit trail, with the address it came from: the pair's row and the row of
        // addresses the account never signed in from, five times each.
        using var trail = await (await Client.GetAsync("/api/v1/audit/entries?entityType=SignInThrottle&pageSize=100"))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var addresses = trail.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("clientAddress").GetString()).ToList();
        Assert.Equal(10, addresses.Count(a => a == "198.51.100.1"));
    }

    [Fact]
    public async Task An_unknown_user_name_is_answered_exactly_like_a_known_one()
    {
        await Accounts.CreateUserAsync(Client, "lock.b", ["operator"]);
        using var first = From("198.51.100.2");
        using var second = From("198.51.100.3");
        var known = new List<(HttpStatusCode, string?, bool)>();
        var unknown = new List<(HttpStatusCode, string?, bool)>();
        for (var i = 0; i < 7; i++)
        {
            known.Add(await AttemptAsync(first, "lock.b"));
            unknown.Add(await AttemptAsync(second, "ghost.b"));
        }

        Assert.Equal(known, unknown);
        Assert.Equal((HttpStatusCode)423, known[^1].Item1);
    }

    [Fact]
    public async Task A_guesser_spread_over_many_addresses_slows_new_addresses_but_not_one_the_account_signed_in_from()
    {
        await Accounts.CreateUserAsync(Client, "lock.c", ["administrator"]);
        using var office = From("192.0.2.10");
        await Accounts.LoginAsync(office, "lock.c");
        for (var i = 1; i <= 8; i++)
        {
            using var bot = From($"198.51.100.{100 + i}");
            await LoginAsync(bot, "lock.c", Wrong);
        }

        using var stranger = From("198.51.100.200");
        await (await LoginAsync(stranger, "lock.c", Accounts.Password)).ReadProblemAsync((HttpStatusCode)423);
        await Accounts.LoginAsync(office, "lock.c");
    }

    [Fact]
    public async Task Failed_confirmations_delay_the_supervisor_at_the_operators_address_only()
    {
        // A confirmation names a real draw in the scope of both (issue 11 §2): a prepared draw of the scenario's unit.
        var s = new Draws.DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 40);
        var draw = await s.PrepareAsync((await s.CreateTaskAsync(Draws.DrawScenario.TaskBody(await s.CreateItemAsync()))).GetProperty("id").GetGuid());
        var subject = draw.GetProperty("id").GetGuid().ToString();
        await Accounts.CreateUserAsync(Client, "sup.d", ["supervisor"], unitId: s.UnitId);
        await Accounts.CreateUserAsync(Client, "op.d", ["operator"], unitId: s.UnitId);
        var tokens = await Accounts.LoginAsync(From("198.51.100.30"), "op.d");
        using var op = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
        op.DefaultRequestHeaders.Add(TestClientAddress.ClientAddressHeader, "198.51.100.30");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await op.PostJsonAsync("/api/v1/auth/confirmations", new { action = "draw.execute", subject, userName = "sup.d", password = Wrong })).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Forbidden, 4), (HttpStatusCode)423, (HttpStatusCode)423], statuses);
        await Accounts.LoginAsync(From("203.0.113.8"), "sup.d");
    }

    private async Task<(JsonElement Tokens, HttpClient Client)> SignInAsync(string userName)
    {
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), userName);
        return (tokens, Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!));
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client) => (await client.GetAsync("/api/v1/auth/me")).StatusCode;

    [Fact]
    public async Task Logout_ends_that_sign_ins_access_token_at_once_and_no_other()
    {
        await Accounts.CreateUserAsync(Client, "tok.a", ["operator"]);
        var (laptop, laptopClient) = await SignInAsync("tok.a");
        var (_, phoneClient) = await SignInAsync("tok.a");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(laptopClient));

        var logout = await laptopClient.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = laptop.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(laptopClient));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(phoneClient));
    }

    [Fact]
    public async Task Logout_with_a_wrong_refresh_token_still_ends_the_access_tokens_own_sign_in()
    {
        await Accounts.CreateUserAsync(Client, "tok.e", ["operator"]);
        var (_, laptopClient) = await SignInAsync("tok.e");
        var (_, phoneClient) = await SignInAsync("tok.e");

        var logout = await laptopClient.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = "not-a-refresh-token-of-this-user" });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(laptopClient));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(phoneClient));
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("reset-password")]
    [InlineData("change-roles")]
    public async Task Disabling_a_user_resetting_their_password_or_changing_their_roles_ends_their_access_tokens_at_once(string action)
    {
        var id = await Accounts.CreateUserAsync(Client, "tok.b", ["analyst"]);
        var (_, client) = await SignInAsync("tok.b");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(client));
        if (action is "disable" or "change-roles")
        {
            // A token carries the roles and unit it was issued with: a change of either ends it, like disabling.
            using var user = await (await Client.GetAsync($"/api/v1/users/{id}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            var version = user.RootElement.GetProperty("version").GetInt32();
            var changed = await Client.PutJsonAsync($"/api/v1/users/{id}", action == "disable"
                ? new { displayName = "x", roles = new[] { "analyst" }, isDisabled = true, version }
                : new { displayName = "x", roles = new[] { "inspector" }, isDisabled = false, version });
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync($"/api/v1/users/{id}/reset-password", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client));
    }

    private async Task<HttpResponseMessage> RefreshAsync(string? token) =>
        await Fixture.Factory.CreateClient().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = token });

    [Fact]
    public async Task Two_tabs_refreshing_at_once_both_get_tokens_and_a_third_use_ends_the_sign_in()
    {
        await Accounts.CreateUserAsync(Client, "tok.d", ["operator"]);
        var (tokens, client) = await SignInAsync("tok.d");
        var first = tokens.GetProperty("refreshToken").GetString();

        var tabs = await Task.WhenAll(RefreshAsync(first), RefreshAsync(first));
        var pairs = new List<JsonDocument>();
        foreach (var tab in tabs)
        {
            pairs.Add(await tab.ReadAsync<JsonDocument>(HttpStatusCode.OK));
        }

        var successors = pairs.Select(p => p.RootElement.GetProperty("refreshToken").GetString()).ToList();
        Assert.Equal(2, successors.Distinct().Count());
        using (var tab = Fixture.Factory.WithToken(pairs[1].RootElement.GetProperty("accessToken").GetString()!))
        {
            Assert.Equal(HttpStatusCode.OK, await MeAsync(tab));
        }

        // A third use of the same token is a replay: the whole sign-in ends, access tokens included.
        Assert.Equal("refresh-token-reused", (await (await RefreshAsync(first)).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        foreach (var successor in successors)
        {
            await (await RefreshAsync(successor)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client));
        using var latest = Fixture.Factory.WithToken(pairs[0].RootElement.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(latest));
        pairs.ForEach(p => p.Dispose());
    }

    [Fact]
    public async Task A_replay_after_the_grace_ends_the_sign_in_and_its_access_tokens()
    {
        await Accounts.CreateUserAsync(Client, "tok.e", ["operator"]);
        var (tokens, client) = await SignInAsync("tok.e");
        var first = tokens.GetProperty("refreshToken").GetString();
        using var second = await (await RefreshAsync(first)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        using var secondClient = Fixture.Factory.WithToken(second.RootElement.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(secondClient));

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal("refresh-token-reused", (await (await RefreshAsync(first)).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        await (await RefreshAsync(second.RootElement.GetProperty("refreshToken").GetString())).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(secondClient));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client));
    }

    [Fact]
    public async Task A_rotated_token_gets_no_grace_once_the_sign_in_has_ended()
    {
        await Accounts.CreateUserAsync(Client, "tok.f", ["operator"]);
        var (tokens, client) = await SignInAsync("tok.f");
        var first = tokens.GetProperty("refreshToken").GetString();
        using var second = await (await RefreshAsync(first)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var logout = await client.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = second.RootElement.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await (await RefreshAsync(first)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
