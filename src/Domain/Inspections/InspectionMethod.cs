namespace DoubleRandom.Domain.Inspections;

/// <summary>检查方式 (§6.2.2): on site, by online monitoring, or by reviewing documents.</summary>
public enum InspectionMethod
{
    OnSite,
    OnlineMonitoring,
    DocumentReview,
}
