using DoubleRandom.Application.Identity;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// The first administrator, created once when no user exists. There is never a fixed default password:
/// either configuration names one (<c>Auth:BootstrapAdmin:UserName</c>/<c>Password</c>), or — in the demo
/// run — a random one is generated and printed once, to be changed at the first sign-in. Otherwise the
/// <c>create-admin</c> command makes one.
/// </summary>
public sealed partial class FirstAdministrator(
    AppDbContext db, Application.Identity.IPasswordHasher hasher, IOptions<BootstrapAdminOptions> bootstrap, DatabaseOptions options, ILogger<FirstAdministrator> logger)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var userName = bootstrap.Value.EffectiveUserName;
        if (bootstrap.Value.Password is { Length: > 0 } password)
        {
            await CreateAsync(userName, password, mustChange: false, ct);
            LogCreatedFromConfiguration(logger, userName);
        }
        else if (options.SeedDemoData)
        {
            var generated = Secrets.NewTemporaryPassword();
            await CreateAsync(userName, generated, mustChange: true, ct);
            LogGenerated(logger, userName, generated);
        }
        else
        {
            LogNoAdministrator(logger);
        }
    }

    public async Task<string> CreateAsync(string userName, string password, bool mustChange, CancellationToken ct)
    {
        var root = await db.BranchUnits.Where(u => u.ParentId == null).OrderBy(u => u.CreatedAtUtc).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var user = User.Create(userName, "系统管理员", [Roles.Administrator], root, hasher.Hash(password), mustChange);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user.UserName;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator '{UserName}' created from configuration")]
    private static partial void LogCreatedFromConfiguration(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First administrator created for the demo — user name: {UserName}  password: {Password}  (change it at the first sign-in)")]
    private static partial void LogGenerated(ILogger logger, string userName, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists. Create the first administrator with: dotnet run --project src/Api -- create-admin --username <name>")]
    private static partial void LogNoAdministrator(ILogger logger);
}
