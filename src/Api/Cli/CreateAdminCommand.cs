using DoubleRandom.Application.Identity;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>create-admin --username NAME [--password-stdin]</c>: creates an administrator. Without
/// <c>--password-stdin</c> a random password is generated, printed once, and must be changed at first sign-in.
/// </summary>
internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var userName = Option(args, "--username") ?? "admin";
        string password;
        var mustChange = false;
        if (args.Contains("--password-stdin"))
        {
            password = (await Console.In.ReadLineAsync())?.Trim() ?? string.Empty;
            var options = app.Services.GetRequiredService<SecurityOptions>();
            if (password.Length < options.PasswordMinLength || PasswordRules.CharacterClasses(password) < options.PasswordMinCharacterClasses)
            {
                await Console.Error.WriteLineAsync(
                    $"The password needs at least {options.PasswordMinLength} characters mixing {options.PasswordMinCharacterClasses} of: lower, upper, digits, symbols.");
                return 2;
            }
        }
        else
        {
            password = Secrets.NewTemporaryPassword();
            mustChange = true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        // As `migrate` does: a database from before the squash of ADR 12 is refused before anything touches it.
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var normalized = Domain.Identity.User.Normalize(userName);
        if (await db.Users.AnyAsync(u => u.UserName == normalized))
        {
            await Console.Error.WriteLineAsync($"A user named '{normalized}' already exists.");
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().CreateAsync(normalized, password, mustChange, CancellationToken.None);
        await Console.Out.WriteLineAsync(mustChange
            ? $"administrator '{normalized}' created; temporary password: {password} (change it at the first sign-in)"
            : $"administrator '{normalized}' created");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
