namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// The route delegates of an organization register's five routes, the wording of the two that differ (Chinese and
/// English) and the 409 codes of the three that write.
/// </summary>
internal sealed record OrganizationRegisterDelegates(
    Delegate List, Delegate Get, Delegate Create, Delegate Update, Delegate Retire,
    (string Zh, string En) UpdateSummary, (string Zh, string En) RetireSummary,
    string[] CreateConflicts, string[] UpdateConflicts, string[] RetireConflicts);
