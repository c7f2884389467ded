using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

public sealed class SignInTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private HttpClient Anonymous { get; } = fixture.Factory.CreateClient();

    private Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        Anonymous.PostJsonAsync("/api/v1/auth/login", new { userName, password });

    [Fact]
    public async Task A_user_signs_in_and_the_token_identifies_them()
    {
        await Accounts.CreateUserAsync(Client, "Li.Wei", ["operator", "supervisor"]);
        var tokens = await Accounts.LoginAsync(Anonymous, "li.wei");

        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.False(tokens.GetProperty("mustChangePassword").GetBoolean());
        using var client = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
        using var me = await (await client.GetAsync("/api/v1/auth/me")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("li.wei", me.RootElement.GetProperty("userName").GetString());
        Assert.Equal(["operator", "supervisor"], me.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(me.RootElement.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_look_the_same()
    {
        await Accounts.CreateUserAsync(Client, "zhang.san", ["operator"]);
        var wrongPassword = await (await LoginAsync("zhang.san", "Wrong!Passw0rd")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await LoginAsync("nobody", "Wrong!Passw0rd")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword.Title, unknownUser.Title);
        Assert.Equal(wrongPassword.Detail, unknownUser.Detail);
        Assert.Equal(wrongPassword.Code, unknownUser.Code);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_until_an_administrator_unlocks_it()
    {
        var id = await Accounts.CreateUserAsync(Client, "wang.wu", ["operator"]);
        for (var i = 0; i < 4; i++)
        {
            await (await LoginAsync("wang.wu", "Wrong!Passw0rd")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        var fifth = await (await LoginAsync("wang.wu", "Wrong!Passw0rd")).ReadProblemAsync((HttpStatusCode)423);
        Assert.Equal("account-locked", fifth.Code);
        await (await LoginAsync("wang.wu", Accounts.Password)).ReadProblemAsync((HttpStatusCode)423);

        await (await Client.PostAsync($"/api/v1/users/{id}/unlock", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        await Accounts.LoginAsync(Anonymous, "wang.wu");
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        var id = await Accounts.CreateUserAsync(Client, "zhao.liu", ["analyst"]);
        await Client.PutJsonAsync($"/api/v1/users/{id}", new { displayName = "赵六", roles = new[] { "analyst" }, isDisabled = true });
        await (await LoginAsync("zhao.liu", Accounts.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_a_replayed_one_ends_the_whole_sign_in()
    {
        await Accounts.CreateUserAsync(Client, "qian.qi", ["leader"]);
        var first = (await Accounts.LoginAsync(Anonymous, "qian.qi")).GetProperty("refreshToken").GetString();

        using var second = await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = first })).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var secondToken = second.RootElement.GetProperty("refreshToken").GetString();
        Assert.NotEqual(first, secondToken);

        // Within the grace period (two tabs refreshing at once) the rotated token is honoured once more...
        using var third = await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = first })).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var thirdToken = third.RootElement.GetProperty("refreshToken").GetString();

        // ...but not twice.
        var replay = await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = first })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("refresh-token-reused", replay.Code);
        // The thief's replay also voids the legitimate successors.
        await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = secondToken })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = thirdToken })).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        await Accounts.CreateUserAsync(Client, "sun.ba", ["inspector"]);
        var tokens = await Accounts.LoginAsync(Anonymous, "sun.ba");
        using var client = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
        var refresh = tokens.GetProperty("refreshToken").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = refresh })).StatusCode);
        await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_temporary_password_allows_nothing_but_changing_it()
    {
        var created = await Client.PostJsonAsync("/api/v1/users", new { userName = "zhou.jiu", displayName = "周九", roles = new[] { "administrator" } });
        using var body = await created.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var temporary = body.RootElement.GetProperty("temporaryPassword").GetString()!;

        var tokens = await Accounts.LoginAsync(Anonymous, "zhou.jiu", temporary);
        Assert.True(tokens.GetProperty("mustChangePassword").GetBoolean());
        using var client = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
        var blocked = await (await client.GetAsync("/api/v1/branch-units")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("password-change-required", blocked.Code);

        var weak = await client.PostJsonAsync("/api/v1/auth/change-password", new { currentPassword = temporary, newPassword = "short" });
        Assert.Contains("newPassword", (await weak.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);

        using var changed = await (await client.PostJsonAsync("/api/v1/auth/change-password", new { currentPassword = temporary, newPassword = "N3w!Passw0rd" }))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(changed.RootElement.GetProperty("mustChangePassword").GetBoolean());
        using var fresh = Fixture.Factory.WithToken(changed.RootElement.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/branch-units")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_reset_forces_a_change_and_ends_existing_sign_ins()
    {
        var id = await Accounts.CreateUserAsync(Client, "wu.shi", ["operator"]);
        var before = (await Accounts.LoginAsync(Anonymous, "wu.shi")).GetProperty("refreshToken").GetString();

        using var reset = await (await Client.PostAsync($"/api/v1/users/{id}/reset-password", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var temporary = reset.RootElement.GetProperty("temporaryPassword").GetString()!;

        await (await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = before })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync("wu.shi", Accounts.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True((await Accounts.LoginAsync(Anonymous, "wu.shi", temporary)).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Bad_user_input_is_refused_with_field_errors()
    {
        var problem = await (await Client.PostJsonAsync("/api/v1/users", new { userName = "a b", displayName = "", roles = new[] { "king" }, password = "weak" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["displayName", "password", "roles[0]", "userName"], problem.Errors!.Keys.Order());

        await Accounts.CreateUserAsync(Client, "dup", ["analyst"]);
        var duplicate = await (await Client.PostJsonAsync("/api/v1/users", new { userName = "DUP", displayName = "x", roles = new[] { "analyst" } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate-user-name", duplicate.Code);
        await (await Client.PostJsonAsync("/api/v1/auth/login", new { userName = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
