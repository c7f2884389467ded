namespace DoubleRandom.Domain.Rosters;

public static class RecusalReasons
{
    public static (string Chinese, string English) DisplayName(this RecusalReason reason) => reason switch
    {
        RecusalReason.Kinship => ("亲属关系", "Kinship"),
        RecusalReason.FormerEmployer => ("曾任职", "Former employer"),
        RecusalReason.PriorCase => ("曾办理案件", "Prior case"),
        _ => ("其他", "Other"),
    };
}
