using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Identity;

/// <summary>A person who signs in. Accountability (§3.1.1) starts here: every change names its user.</summary>
public sealed class User : Entity
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 100;

    private User()
    {
    }

    /// <summary>Lower-case, unique; compared ordinally.</summary>
    public string UserName { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    [AuditSecret]
    public string PasswordHash { get; private set; } = string.Empty;

    /// <summary>Role names from <see cref="Identity.Roles"/>.</summary>
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public Guid? UnitId { get; private set; }

    public bool MustChangePassword { get; private set; }

    public bool IsDisabled { get; private set; }

    /// <summary>
    /// Changes whenever the credentials change or the user is disabled; refresh and access tokens issued
    /// before it are void (access tokens carry its digest, checked on every request).
    /// </summary>
    [AuditSecret]
    public string SecurityStamp { get; private set; } = NewStamp();

    public DateTime? PasswordChangedAtUtc { get; private set; }

    public DateTime? LastLoginAtUtc { get; private set; }

    public static User Create(string userName, string displayName, IEnumerable<string> roles, Guid? unitId, string passwordHash, bool mustChangePassword)
    {
        var user = new User { UserName = Normalize(userName), PasswordHash = passwordHash, MustChangePassword = mustChangePassword };
        user.Update(displayName, roles, unitId, isDisabled: false);
        return user;
    }

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public void Update(string displayName, IEnumerable<string> roles, Guid? unitId, bool isDisabled)
    {
        var list = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Rule.Check(list.Count > 0, RuleCodes.UserNeedsRole);
        Rule.Check(list.All(Identity.Roles.IsKnown), RuleCodes.UnknownRole);
        // Tokens carry the roles and unit they were issued with: a change of either, like disabling, ends them (the
        // stamp is checked on every request), so no token keeps rights or a data scope the user no longer has.
        var rightsChanged = !list.SequenceEqual(Roles, StringComparer.Ordinal) || UnitId != unitId;
        DisplayName = displayName;
        Roles = list;
        UnitId = unitId;
        if ((isDisabled && !IsDisabled) || rightsChanged)
        {
            SecurityStamp = NewStamp();
        }

        IsDisabled = isDisabled;
    }

    public void RecordLogin(DateTime utcNow) => LastLoginAtUtc = utcNow;

    /// <summary>The user's own change: clears the must-change flag.</summary>
    public void ChangePassword(string passwordHash, DateTime utcNow) => SetPassword(passwordHash, utcNow, mustChange: false);

    /// <summary>An administrator's reset: the user must choose a new password at the next sign-in.</summary>
    public void ResetPassword(string passwordHash, DateTime utcNow)
    {
        SetPassword(passwordHash, utcNow, mustChange: true);
    }

    /// <summary>A rehash of the same password with stronger parameters; the credentials are unchanged.</summary>
    public void UpgradePasswordHash(string passwordHash) => PasswordHash = passwordHash;

    private void SetPassword(string passwordHash, DateTime utcNow, bool mustChange)
    {
        PasswordHash = passwordHash;
        MustChangePassword = mustChange;
        PasswordChangedAtUtc = utcNow;
        SecurityStamp = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
