using DoubleRandom.Application.Identity.Confirmations;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Enums the service keeps as strings (roles, confirmable actions, stratum tiers): their component schemas, named as
/// <c>GET /reference/enums</c> names them, so a property or parameter can reference them like a C# enum's schema.
/// </summary>
internal static class WireEnumSchemas
{
    public const string Role = "Role";
    public const string ConfirmableAction = "ConfirmableAction";
    public const string StratumTier = "StratumTier";

    private static readonly Dictionary<string, (IReadOnlyList<string> Values, string Description)> All = new(StringComparer.Ordinal)
    {
        [Role] = (Roles.All, "角色 / A user's role."),
        [ConfirmableAction] = ([.. ConfirmableActions.All.Order(StringComparer.Ordinal)], "需监督人确认的操作 / An action a supervisor confirms."),
        [StratumTier] = ([.. Enum.GetNames<RiskTier>(), StratumRule.Unrated],
            "分层的风险等级：A–D，或 U（未评级）/ A stratum's risk tier: A–D, or U (unrated)."),
    };

    /// <summary>A reference to the named enum schema, adding the schema to the document the first time.</summary>
    public static IOpenApiSchema Reference(string id, SchemaRepository repository)
    {
        if (!repository.Schemas.ContainsKey(id))
        {
            var (values, description) = All[id];
            repository.AddDefinition(id, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = description,
                Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v))],
            });
        }

        return new OpenApiSchemaReference(id);
    }
}
