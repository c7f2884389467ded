using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Confirmations;

/// <summary>Used by sensitive actions (the draw) to spend a confirmation exactly once.</summary>
public sealed class ConfirmationGate(IApplicationDbContext db, TimeProvider clock)
{
    /// <summary>Marks the confirmation used, in the caller's unit of work; the caller saves with its own change.</summary>
    public async Task<ActionConfirmation> ConsumeAsync(Guid confirmationId, string action, string subject, Guid requesterId, CancellationToken ct)
    {
        var confirmation = await db.ActionConfirmations.FirstOrDefaultAsync(c => c.Id == confirmationId, ct)
            ?? throw Rule.Broken(RuleCodes.ConfirmationMissing);
        confirmation.Consume(action, subject, requesterId, clock.GetUtcNow().UtcDateTime);
        return confirmation;
    }
}
