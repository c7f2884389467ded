using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Domain.Tests.Identity;

public sealed class IdentityRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

    private static User Person(params string[] roles) => User.Create("u" + Guid.NewGuid().ToString("N")[..6], "x", roles, null, "hash", false);

    [Fact]
    public void From_the_threshold_on_the_pair_waits_twice_as_long_after_each_failure_up_to_the_cap()
    {
        var throttle = SignInThrottle.For("wang.wu", "10.0.0.1");
        void Fail(DateTime at) => throttle.RecordFailure(at, threshold: 5, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(24));
        for (var i = 0; i < 4; i++)
        {
            Fail(Now);
        }

        Assert.False(throttle.IsBlockedAt(Now));
        Fail(Now);
        Assert.Equal(Now.AddMinutes(1), throttle.BlockedUntilUtc);
        Fail(Now.AddMinutes(1));
        Assert.Equal(Now.AddMinutes(3), throttle.BlockedUntilUtc);
        Fail(Now.AddMinutes(3));
        Assert.Equal(Now.AddMinutes(7), throttle.BlockedUntilUtc);
        Fail(Now.AddMinutes(7));
        Assert.Equal(Now.AddMinutes(12), throttle.BlockedUntilUtc);

        throttle.RecordSuccess(Now.AddMinutes(12));
        Assert.True(throttle.IsFamiliar);
        Assert.Equal(0, throttle.FailureCount);
        Assert.False(throttle.IsBlockedAt(Now.AddMinutes(12)));
    }

    [Fact]
    public void Failures_older_than_the_memory_are_forgotten()
    {
        var throttle = SignInThrottle.For("wang.wu", "10.0.0.1");
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(Now, 5, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(60), TimeSpan.FromHours(24));
        }

        throttle.RecordFailure(Now.AddDays(2), 5, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(60), TimeSpan.FromHours(24));
        Assert.Equal(1, throttle.FailureCount);
        Assert.Null(throttle.BlockedUntilUtc);
    }

    [Fact]
    public void A_change_of_roles_or_unit_rotates_the_security_stamp_and_a_change_of_name_does_not()
    {
        var user = Person(Roles.Operator);
        var stamp = user.SecurityStamp;
        user.Update("another name", [Roles.Operator], user.UnitId, isDisabled: false);
        Assert.Equal(stamp, user.SecurityStamp);
        user.Update("another name", [Roles.Operator, Roles.Supervisor], user.UnitId, isDisabled: false);
        Assert.NotEqual(stamp, user.SecurityStamp);
        stamp = user.SecurityStamp;
        user.Update("another name", [Roles.Operator, Roles.Supervisor], Guid.NewGuid(), isDisabled: false);
        Assert.NotEqual(stamp, user.SecurityStamp);
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
