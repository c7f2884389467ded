using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Identity;

/// <summary>
/// The two-person rule (§5.1.1.2): a second user re-enters their password to confirm one sensitive action on
/// one subject. The confirmation is bound to that action and subject, to the requesting user, expires within
/// minutes and can be used once.
/// </summary>
public sealed class ActionConfirmation
{
    private ActionConfirmation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Action { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public Guid ConfirmedByUserId { get; private set; }

    public string ConfirmedByName { get; private set; } = string.Empty;

    public Guid RequestedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? ConsumedAtUtc { get; private set; }

    public static ActionConfirmation Grant(
        string action, string subject, User confirmer, Guid requesterId, DateTime utcNow, TimeSpan lifetime)
    {
        Rule.Check(confirmer.Id != requesterId, RuleCodes.ConfirmationSamePerson);
        Rule.Check(confirmer.Roles.Contains(Roles.Supervisor), RuleCodes.ConfirmationNotSupervisor);
        return new ActionConfirmation
        {
            Action = action,
            Subject = subject,
            ConfirmedByUserId = confirmer.Id,
            ConfirmedByName = confirmer.UserName,
            RequestedByUserId = requesterId,
            CreatedAtUtc = utcNow,
            ExpiresAtUtc = utcNow + lifetime,
        };
    }

    /// <summary>Uses the confirmation for exactly the action, subject and requester it was granted for.</summary>
    public void Consume(string action, string subject, Guid requesterId, DateTime utcNow)
    {
        Rule.Check(ConsumedAtUtc is null, RuleCodes.ConfirmationUsed);
        Rule.Check(ExpiresAtUtc > utcNow, RuleCodes.ConfirmationExpired);
        Rule.Check(
            string.Equals(Action, action, StringComparison.Ordinal) && string.Equals(Subject, subject, StringComparison.Ordinal),
            RuleCodes.ConfirmationForAnotherAction);
        Rule.Check(RequestedByUserId == requesterId, RuleCodes.ConfirmationForAnotherUser);
        ConsumedAtUtc = utcNow;
    }
}
