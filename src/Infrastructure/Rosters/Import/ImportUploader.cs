using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The user who uploaded an import, as an actor: the job runs in the background, outside their request, but what it
/// may touch (their units) and whom the audit trail names are theirs. An uploader no longer on file (or a signed-in
/// principal without a user record) has no user id, and so no unit limit, as work outside a request.
/// </summary>
internal sealed record ImportUploader(string Name, Guid? UserId, IReadOnlyCollection<string> Roles, Guid? UnitId) : ICurrentActor
{
    public string? RequestId => null;

    public string? ClientAddress => null;

    public static Task<ImportUploader> ForAsync(AppDbContext db, ImportJob job, CancellationToken ct) => ForUserAsync(db, job.CreatedBy, ct);

    /// <summary>The user named <paramref name="userName"/> as an actor (also the requester of a risk job).</summary>
    public static async Task<ImportUploader> ForUserAsync(AppDbContext db, string userName, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName)
            .Select(u => new { u.Id, u.Roles, u.UnitId }).FirstOrDefaultAsync(ct);
        return user is null
            ? new ImportUploader(userName, null, [], null)
            : new ImportUploader(userName, user.Id, user.Roles.ToArray(), user.UnitId);
    }
}
