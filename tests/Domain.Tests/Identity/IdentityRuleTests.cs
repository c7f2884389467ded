using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Domain.Tests.Identity;

public sealed class IdentityRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

    private static User Person(params string[] roles) => User.Create("u" + Guid.NewGuid().ToString("N")[..6], "x", roles, null, "hash", false);

    [Fact]
    public void The_threshold_failure_locks_the_account_for_the_lockout_time()
    {
        var user = Person(Roles.Operator);
        for (var i = 0; i < 4; i++)
        {
            user.RecordFailedLogin(Now, threshold: 5, TimeSpan.FromMinutes(15));
        }

        Assert.False(user.IsLockedAt(Now));
        user.RecordFailedLogin(Now, threshold: 5, TimeSpan.FromMinutes(15));
        Assert.True(user.IsLockedAt(Now.AddMinutes(14)));
        Assert.False(user.IsLockedAt(Now.AddMinutes(15)));
    }

    [Fact]
    public void A_password_change_rotates_the_security_stamp_and_a_reset_forces_the_next_change()
    {
        var user = Person(Roles.Operator);
        var stamp = user.SecurityStamp;
        user.ResetPassword("new-hash", Now);
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(stamp, user.SecurityStamp);
        user.ChangePassword("own-hash", Now);
        Assert.False(user.MustChangePassword);
    }

    [Fact]
    public void A_user_needs_a_known_role()
    {
        Assert.Equal("user-needs-role", Assert.Throws<BusinessRuleViolationException>(() => Person()).Code);
        Assert.Equal("unknown-role", Assert.Throws<BusinessRuleViolationException>(() => Person("king")).Code);
    }

    [Fact]
    public void A_confirmation_expires_and_serves_one_use()
    {
        var supervisor = Person(Roles.Supervisor);
        var requester = Guid.NewGuid();
        var late = ActionConfirmation.Grant("draw.execute", "d1", supervisor, requester, Now, TimeSpan.FromMinutes(5));
        Assert.Equal("confirmation-expired",
            Assert.Throws<BusinessRuleViolationException>(() => late.Consume("draw.execute", "d1", requester, Now.AddMinutes(5))).Code);

        var once = ActionConfirmation.Grant("draw.execute", "d1", supervisor, requester, Now, TimeSpan.FromMinutes(5));
        once.Consume("draw.execute", "d1", requester, Now.AddMinutes(1));
        Assert.Equal("confirmation-used",
            Assert.Throws<BusinessRuleViolationException>(() => once.Consume("draw.execute", "d1", requester, Now.AddMinutes(2))).Code);
    }

    [Fact]
    public void A_refresh_token_is_active_until_it_expires_or_is_revoked()
    {
        var token = RefreshToken.Issue(Person(Roles.Leader), Guid.NewGuid(), "h", Now, TimeSpan.FromDays(7));
        Assert.True(token.IsActiveAt(Now.AddDays(6)));
        Assert.False(token.IsActiveAt(Now.AddDays(7)));
        token.Revoke(Now, "logout");
        Assert.False(token.IsActiveAt(Now));
    }
}
