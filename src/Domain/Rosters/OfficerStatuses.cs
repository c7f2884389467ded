namespace DoubleRandom.Domain.Rosters;

public static class OfficerStatuses
{
    public static (string Chinese, string English) DisplayName(this OfficerStatus status) => status switch
    {
        OfficerStatus.Active => ("在岗", "Active"),
        OfficerStatus.Leave => ("休假", "On leave"),
        OfficerStatus.Transferred => ("调离", "Transferred"),
        _ => ("退休", "Retired"),
    };
}
