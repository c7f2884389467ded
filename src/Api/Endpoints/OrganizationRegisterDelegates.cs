namespace DoubleRandom.Api.Endpoints;

/// <summary>The route delegates of an organization register's five routes and the wording of the two that differ.</summary>
internal sealed record OrganizationRegisterDelegates(
    Delegate List, Delegate Get, Delegate Create, Delegate Update, Delegate Retire, string UpdateSummary, string RetireSummary);
