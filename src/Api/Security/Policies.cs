namespace DoubleRandom.Api.Security;

/// <summary>Policy names. Every endpoint names exactly one, or is on the anonymous allow-list.</summary>
public static class Policies
{
    public const string Account = "account";
    public const string OrganizationRead = "organization.read";
    public const string OrganizationWrite = "organization.write";
    public const string UsersManage = "users.manage";
    public const string ConfirmationsRequest = "confirmations.request";
    public const string AuditRead = "audit.read";
    public const string AuditRedact = "audit.redact";

    public const string RosterRead = "roster.read";
    public const string RosterWrite = "roster.write";
    public const string TasksRead = "tasks.read";
    public const string TasksWrite = "tasks.write";
    public const string DrawsExecute = "draws.execute";
    public const string DrawsReveal = "draws.reveal";
    public const string AmendmentsRequest = "amendments.request";
    public const string AmendmentsApprove = "amendments.approve";
    public const string AttachmentsUpload = "attachments.upload";
    public const string HistoryRead = "history.read";
    public const string InspectionsWork = "inspections.work";
    public const string InspectionsRead = "inspections.read";
    public const string ResultCategoriesManage = "result-categories.manage";
    public const string FollowUpsWork = "follow-ups.work";
    public const string FollowUpsRead = "follow-ups.read";
    public const string CalendarManage = "calendar.manage";
    public const string PublicationManage = "publication.manage";
    public const string ArchivesManage = "archives.manage";
    public const string ArchivesRead = "archives.read";
    public const string CorrectionsRequest = "corrections.request";
    public const string CorrectionsApprove = "corrections.approve";
    public const string RiskManage = "risk.manage";
    public const string RiskRead = "risk.read";
    public const string ReportsManage = "reports.manage";
    public const string ReportsRead = "reports.read";
}
