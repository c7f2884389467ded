using System.Text.Json.Nodes;
using DoubleRandom.Api.Requests;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.PublicResults;
using DoubleRandom.Infrastructure.Rosters.Import;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Parameters say what they take: an enum-like query parameter (<see cref="QueryEnumAttribute"/>) references its enum schema,
/// <c>sort</c> (<see cref="SortQueryAttribute"/>) lists the fields its query's validator accepts, and every common
/// parameter has a description in Chinese and English.
/// </summary>
internal sealed class QueryParameterFilter(IServiceProvider services) : IParameterFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["page"] = "页码，从 1 开始（默认 1）/ Page number, from 1 (default 1).",
        ["pageSize"] = $"每页条数，1–{PageQueryValidation.MaxPageSize}（默认 20）/ Items per page, 1–{PageQueryValidation.MaxPageSize} (default 20).",
        ["sort"] = "排序字段，前加 - 为降序（如 -year）；不给则按默认字段 / The field to sort by, with a leading - for descending (e.g. -year); the list's default when omitted.",
        ["q"] = "关键词：包含匹配名称、编码等（不区分大小写）/ Search text: matches names, codes and the like (contains, any letter case).",
        ["year"] = "年度，如 2026 / The year, e.g. 2026.",
        ["status"] = "按状态筛选（取值见枚举，不区分大小写）/ Only this status (one of the listed values, any letter case).",
        ["kind"] = "类别（取值见枚举，不区分大小写）/ The kind (one of the listed values, any letter case).",
        ["riskTier"] = "按风险等级筛选 / Only this risk tier.",
        ["roster"] = "按名录筛选 / Only jobs of this roster.",
        ["mode"] = "导入方式：dryRun 仅校验（默认）、apply 全部正确才写入、applyValid 写入正确的行 / Import mode: dryRun checks only (default), apply writes all or nothing, applyValid writes the valid rows.",
        ["encoding"] = "文件编码：auto（默认，按 BOM 与内容判断）、utf-8（utf8）或 gb18030（gbk），不区分大小写 / File encoding: auto (default: from the BOM and content), utf-8 (utf8) or gb18030 (gbk), any letter case.",
        ["format"] = "导出格式：csv（默认）或 xlsx / Export format: csv (default) or xlsx.",
        ["role"] = "按角色筛选 / Only users with this role.",
        ["includeRetired"] = "是否包含已撤销/停用的记录（默认否）/ Include retired records (default false).",
        ["includeDisabled"] = "是否包含已停用的用户（默认否）/ Include disabled users (default false).",
        ["taskId"] = "按抽查任务筛选 / Only this task.",
        ["unitId"] = "按派出机构筛选 / Only this branch unit.",
        ["parentId"] = "按上级派出机构筛选 / Only the children of this branch unit.",
        ["officerId"] = "按执法检查人员筛选 / Only this officer.",
        ["targetCode"] = "按检查对象代码筛选 / Only this target code.",
        ["department"] = "按部门代码筛选 / Only this department code.",
        ["regionPrefix"] = "行政区划码前缀（2–6 位数字）/ Region code prefix (2–6 digits).",
        ["industrySection"] = "国民经济行业门类（A–T）/ Industry section (A–T).",
        ["industryDivision"] = "国民经济行业大类（两位数字）/ Industry division (two digits).",
        ["tag"] = "按标签筛选 / Only targets with this tag.",
        ["leader"] = "是否在执法组长库 / In the team-leader pool.",
        ["expertise"] = "按专长标签筛选 / Only officers with this expertise tag.",
        ["certifiedOn"] = "在该日持有有效执法证（北京时间）/ Holding a valid certificate on this date (Asia/Shanghai).",
        ["activeOn"] = "在该日有效的回避关系 / Recusals in force on this date.",
        ["from"] = "起始时间（含）/ From (inclusive).",
        ["to"] = "截止时间（含）/ To (inclusive).",
        ["fromSequence"] = "起始序号（含）/ From this sequence number (inclusive).",
        ["toSequence"] = "截止序号（含）/ Up to this sequence number (inclusive).",
        ["actor"] = "按操作人用户名筛选 / Only this actor's user name.",
        ["actorId"] = "按操作人用户 ID 筛选 / Only this actor's user id.",
        ["action"] = "按操作筛选（如 task.create）/ Only this action (e.g. task.create).",
        ["entityType"] = "按对象类型筛选 / Only this entity type.",
        ["entityId"] = "按对象 ID 筛选 / Only this entity id.",
        ["id"] = "记录的 ID / The record's id.",
        ["amendmentId"] = "变更申请的 ID / The amendment's id.",
        ["attachmentId"] = "附件的 ID / The attachment's id.",
        ["code"] = "检查对象代码（统一社会信用代码等）/ The target's code (unified social credit code or the like).",
        ["sequence"] = "审计条目的序号 / The audit entry's sequence number.",
    };

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter target)
        {
            return;
        }

        if (string.IsNullOrEmpty(target.Description) && target.Name is { } name && Descriptions.TryGetValue(name, out var description))
        {
            target.Description = description;
        }

        if (target.Name == "encoding" && target.In == ParameterLocation.Query && target.Schema is OpenApiSchema { Type: JsonSchemaType.String } encoding)
        {
            // The roster uploads' file encoding: the names the import accepts (any letter case).
            encoding.Enum = [.. EncodingDetector.Names.Select(n => (JsonNode)JsonValue.Create(n))];
        }

        var info = context.ParameterInfo;
        if (info?.GetCustomAttributes(typeof(QueryEnumAttribute), false) is [QueryEnumAttribute values])
        {
            target.Schema = values.EnumType is { } type
                ? context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository)
                : WireEnumSchemas.Reference(values.Schema!, context.SchemaRepository);
            if (values.EnumType == typeof(PublicationCsvEncoding))
            {
                target.Description = "导出文件编码：utf-8（默认，带 BOM）或 gb18030，不区分大小写 / The export's encoding: utf-8 (default, with a BOM) or gb18030, any letter case.";
            }
        }

        if (info?.GetCustomAttributes(typeof(SortQueryAttribute), false) is [SortQueryAttribute sort] && SortFields(sort.Query) is { Count: > 0 } fields)
        {
            target.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. fields.SelectMany(f => new[] { f, "-" + f }).Select(f => (JsonNode)JsonValue.Create(f))],
            };
        }
    }

    /// <summary>The query's validator declares the sort fields as it is built (the handler's sort table).</summary>
    private IReadOnlyCollection<string>? SortFields(Type query)
    {
        if (PageQueryValidation.SortableFields(query) is null)
        {
            using var scope = services.CreateScope();
            _ = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(query));
        }

        return PageQueryValidation.SortableFields(query);
    }
}
