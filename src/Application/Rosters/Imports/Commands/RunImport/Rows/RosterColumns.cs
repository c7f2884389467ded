using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>The accepted columns of each roster (docs/rosters.md lists them).</summary>
public static class RosterColumns
{
    public static readonly RosterColumn[] Targets =
    [
        new("code", true, "统一社会信用代码", "代码", "对象代码", "code"),
        new("kind", false, "类别", "对象类别", "kind"),
        new("name", true, "名称", "对象名称", "企业名称", "name"),
        new("legalRepresentative", false, "法定代表人", "负责人", "legalRepresentative"),
        new("address", false, "地址", "住所", "经营场所", "address"),
        new("regionCode", true, "行政区划代码", "区划代码", "regionCode"),
        new("industrySection", false, "行业门类", "industrySection"),
        new("industryDivision", false, "行业大类", "行业代码", "industryDivision"),
        new("departmentCodes", false, "监管部门", "负责部门", "departmentCodes", "departments"),
        new("registrationDate", false, "成立日期", "登记日期", "registrationDate"),
        new("registeredCapital", false, "注册资本（万元）", "注册资本(万元)", "注册资本", "registeredCapital"),
        new("status", false, "状态", "经营状态", "status"),
        new("riskTier", false, "风险等级", "riskTier"),
        new("creditClass", false, "信用等级", "信用风险分类", "creditClass"),
        new("tags", false, "分类标注", "标签", "tags"),
        new("weight", false, "权重", "weight"),
    ];

    public static readonly RosterColumn[] Officers =
    [
        new("number", true, "人员编号", "编号", "工号", "number"),
        new("name", true, "姓名", "name"),
        new("unitCode", true, "所属单位", "单位代码", "unitCode", "unit"),
        new("departmentCode", true, "部门", "部门代码", "departmentCode", "department"),
        new("status", false, "状态", "在岗状态", "status"),
        new("isLeaderEligible", false, "执法组长", "可任组长", "组长", "isLeaderEligible", "leader"),
        new("expertiseTags", false, "业务专长", "专长", "expertiseTags", "expertise"),
        new("userId", false, "用户ID", "userId"),
        new("certificateType", false, "证件类型", "执法证类型", "certificateType"),
        new("certificateNumber", false, "执法证号", "证件号", "certificateNumber"),
        new("certificateIssuedOn", false, "发证日期", "certificateIssuedOn"),
        new("certificateExpiresOn", false, "有效期至", "到期日期", "certificateExpiresOn"),
    ];

    /// <summary>Recusals: by officer number and target code, as <c>generate-demo</c> writes recusals.csv.</summary>
    public static readonly RosterColumn[] Recusals =
    [
        new("officerNumber", true, "人员编号", "执法人员编号", "编号", "工号", "officerNumber", "officer"),
        new("targetCode", true, "检查对象代码", "对象代码", "统一社会信用代码", "代码", "targetCode", "target", "code"),
        new("reason", true, "回避事由", "事由", "reason"),
        new("note", false, "说明", "备注", "note"),
        new("validFrom", true, "开始日期", "生效日期", "起始日期", "validFrom"),
        new("validTo", false, "结束日期", "截止日期", "失效日期", "validTo"),
    ];

    /// <summary>Past inspection results, one row per target, day and item, as <c>generate-demo</c> writes inspections.csv.</summary>
    public static readonly RosterColumn[] InspectionHistory =
    [
        new("targetCode", true, "检查对象代码", "对象代码", "统一社会信用代码", "targetCode", "target"),
        new("inspectedOn", true, "检查日期", "inspectedOn", "date"),
        new("year", false, "年度", "year"),
        new("taskName", true, "任务名称", "抽查任务", "taskName", "task"),
        new("itemCode", true, "事项编码", "检查事项编码", "itemCode"),
        new("itemName", true, "检查事项", "事项名称", "itemName", "item"),
        new("resultCategory", true, "结果类别", "检查结果", "resultCategory", "result"),
        new("inclusionProbability", false, "入样概率", "inclusionProbability", "lambda"),
        new("stratum", false, "抽取层", "层", "stratum"),
    ];

    public static RosterColumn[] For(ImportRoster roster) => roster switch
    {
        ImportRoster.Targets => Targets,
        ImportRoster.Officers => Officers,
        ImportRoster.InspectionHistory => InspectionHistory,
        _ => Recusals,
    };

    /// <summary>Header cell → column, ignoring blanks, a BOM and the case of English names.</summary>
    public static RosterColumn? Match(RosterColumn[] columns, string header)
    {
        var h = header.Trim().Trim('\uFEFF').Replace(" ", string.Empty, StringComparison.Ordinal);
        return columns.FirstOrDefault(c => c.Headers.Any(name => string.Equals(name, h, StringComparison.OrdinalIgnoreCase)));
    }
}
