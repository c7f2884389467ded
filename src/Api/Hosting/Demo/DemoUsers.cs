using System.Security.Cryptography;
using DoubleRandom.Application.Identity.Users.Commands.CreateUser;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>
/// The demo users that own the after-inspection demo data: created through <see cref="CreateUserCommand"/> with a random
/// password that is only held here (never logged, never shown — nobody signs in as them); officers drawn into a group get
/// a user of their own (inspector, plus leader when in the leader pool), linked by <c>Officer.UserId</c>.
/// </summary>
public sealed class DemoUsers(DemoSteps steps)
{
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, DemoActor> _officers = [];

    public async Task<DemoActor> CreateAsync(string userName, string displayName, string[] roles, Guid unitId, CancellationToken ct)
    {
        var password = NewPassword();
        var created = await steps.SendAsync(DemoSteps.System, new CreateUserCommand(userName, displayName, roles, unitId, password), ct);
        _passwords[created.User.UserName] = password;
        return new DemoActor(created.User.UserName, created.User.Id, roles, unitId);
    }

    /// <summary>The password a demo user was created with (for a supervisor's confirmation at the operator's side).</summary>
    public string PasswordOf(DemoActor user) => _passwords[user.Name];

    /// <summary>The user of a drawn officer, created and linked the first time.</summary>
    public async Task<DemoActor> OfficerAsync(Guid officerId, CancellationToken ct)
    {
        if (_officers.TryGetValue(officerId, out var known))
        {
            return known;
        }

        var officer = await steps.ReadAsync(db => db.Officers.AsNoTracking().SingleAsync(o => o.Id == officerId, ct));
        string[] roles = officer.IsLeaderEligible ? ["inspector", "leader"] : ["inspector"];
        var user = await CreateAsync($"demo-{officer.Number.ToLowerInvariant()}", officer.Name, roles, officer.UnitId, ct);
        await steps.ReadAsync(db => db.Officers.Where(o => o.Id == officerId).ExecuteUpdateAsync(o => o.SetProperty(x => x.UserId, user.UserId), ct));
        _officers[officerId] = user;
        return user;
    }

    /// <summary>32 random bytes, with every character class a password policy may ask for.</summary>
    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "aA1!";
}
