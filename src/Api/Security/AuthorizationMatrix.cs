using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Api.Security;

/// <summary>
/// The role × capability matrix, kept in this one place. A test walks every endpoint of the running
/// application and checks it against this table, so an endpoint added without a policy fails the build.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly string[] Everyone = [.. Roles.All];

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Policies.Account] = Everyone,
        [Policies.OrganizationRead] = Everyone,
        [Policies.OrganizationWrite] = [Roles.Administrator],
        [Policies.UsersManage] = [Roles.Administrator],
        [Policies.ConfirmationsRequest] = [Roles.Operator, Roles.Administrator],
        [Policies.AuditRead] = [Roles.Administrator, Roles.Supervisor, Roles.Leader],
        [Policies.AuditRedact] = [Roles.Administrator],
        [Policies.RosterRead] = Everyone,
        [Policies.RosterWrite] = [Roles.Administrator, Roles.RosterKeeper],
        [Policies.TasksRead] = Everyone,
        [Policies.TasksWrite] = [Roles.Administrator, Roles.Operator],
        [Policies.DrawsExecute] = [Roles.Operator],
        [Policies.DrawsReveal] = [Roles.Administrator],
        [Policies.AmendmentsRequest] = [Roles.Operator],
        [Policies.AmendmentsApprove] = [Roles.Leader],
        [Policies.AttachmentsUpload] = [Roles.Operator, Roles.Supervisor],
        [Policies.HistoryRead] = Everyone,
        [Policies.InspectionsWork] = [Roles.Inspector],
        [Policies.InspectionsRead] = [Roles.Inspector, Roles.Operator, Roles.Leader, Roles.Supervisor, Roles.Administrator, Roles.Analyst],
        [Policies.ResultCategoriesManage] = [Roles.Administrator],
        [Policies.FollowUpsWork] = [Roles.Inspector, Roles.Leader, Roles.Operator],
        [Policies.FollowUpsRead] = [Roles.Inspector, Roles.Leader, Roles.Operator, Roles.Supervisor, Roles.Analyst, Roles.Administrator],
        [Policies.CalendarManage] = [Roles.Administrator],
        [Policies.PublicationManage] = [Roles.Operator, Roles.Administrator],
        [Policies.ArchivesManage] = [Roles.Operator, Roles.Administrator],
        [Policies.ArchivesRead] = [Roles.Operator, Roles.Administrator, Roles.Leader, Roles.Supervisor, Roles.Analyst],
        [Policies.CorrectionsRequest] = [Roles.Inspector, Roles.Operator],
        [Policies.CorrectionsApprove] = [Roles.Leader],
        [Policies.RiskManage] = [Roles.Analyst, Roles.Administrator],
        [Policies.RiskRead] = [Roles.Analyst, Roles.Administrator, Roles.Operator, Roles.Leader, Roles.Supervisor],
        [Policies.ReportsManage] = [Roles.Analyst, Roles.Administrator],
        [Policies.ReportsRead] = [Roles.Analyst, Roles.Administrator],
    };

    /// <summary>Routes open without a token: health, sign-in, token refresh, and the public disclosure.</summary>
    public static readonly IReadOnlySet<string> AnonymousRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/health/live",
        "/health/ready",
        "/api/v1/auth/login",
        "/api/v1/auth/token",
        "/api/v1/auth/refresh",
    };

    /// <summary>Public disclosure (一公开) lives under this prefix and is anonymous by design.</summary>
    public const string PublicPrefix = "/api/v1/public/";

    public static bool IsAnonymousRoute(string route) =>
        AnonymousRoutes.Contains(route) || route.StartsWith(PublicPrefix, StringComparison.Ordinal);
}
