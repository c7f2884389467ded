namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The stable keys of the summary's headline figures (the API's clients and the tests look them up by these).</summary>
public static class HeadlineKeys
{
    public const string Inspections = "inspections";
    public const string TargetsDrawn = "targetsDrawn";
    public const string NaiveHitRate = "naiveHitRate";
    public const string HajekRate = "hajekRate";
    public const string HtRate = "htRate";
    public const string Lift = "lift";
    public const string FollowUpClosureRate = "followUpClosureRate";
    public const string PublicationOnTimeShare = "publicationOnTimeShare";
    public const string OfficerGini = "officerGini";
    public const string InclusionFitP = "inclusionFitP";
    public const string ModelAuc = "modelAuc";
}
