using System.Text.Json.Nodes;
using DoubleRandom.Application.Common.Exceptions;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Writes the validators' rules into the request schemas (required, lengths, patterns, ranges), so the
/// OpenAPI document states exactly what the service will refuse. One source of truth: the validators.
/// </summary>
internal sealed class ValidationSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    private readonly Lazy<Dictionary<Type, IValidator>> validators = new(() => typeof(Application.DependencyInjection).Assembly
        .GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && DescribableConstructor(t) is not null)
        .Select(t => (Type: t, Target: FindValidatedType(t)))
        .Where(x => x.Target is not null)
        .Select(x => (x.Target, Validator: Create(x.Type, services)))
        .Where(x => x.Validator is not null)
        .ToDictionary(x => x.Target!, x => x.Validator!));

    /// <summary>
    /// A validator whose constructor takes services (the database, reference data, the clock) uses them only
    /// inside its rules when a request is validated; declaring the rules needs none, so nulls suffice here.
    /// </summary>
    private static System.Reflection.ConstructorInfo? DescribableConstructor(Type type) =>
        type.GetConstructors() is [var only] && only.GetParameters().All(p => !p.ParameterType.IsValueType) ? only : null;

    /// <summary>
    /// A validator that reads a setting while declaring its rules (the password policy reads <c>SecurityOptions</c>)
    /// gets the configured one; one that still fails is left undescribed.
    /// </summary>
    private static IValidator? Create(Type type, IServiceProvider services)
    {
        var constructor = DescribableConstructor(type)!;
        try
        {
            return (IValidator)constructor.Invoke([.. constructor.GetParameters().Select(p => Setting(p.ParameterType, services))]);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>A settings object (a concrete class the container holds as a singleton); services stay null.</summary>
    private static object? Setting(Type type, IServiceProvider services)
    {
        if (type.IsInterface || type.IsAbstract)
        {
            return null;
        }

        try
        {
            return services.GetService(type);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || ValidatorFor(context.Type) is not { } validator)
        {
            return;
        }

        var descriptor = validator.CreateDescriptor();
        // Rules on the whole object (cross-field checks) have no member name and describe no single property.
        foreach (var member in descriptor.GetMembersWithValidators().Where(m => !string.IsNullOrEmpty(m.Key)))
        {
            var name = RequestValidationException.CamelCase(member.Key);
            if (!target.Properties.TryGetValue(name, out var property))
            {
                continue;
            }

            // A rule under a condition (.When(...), a When block) holds only sometimes: it makes nothing required. Its
            // limits (lengths, patterns, ranges) are kept: the conditions are "when given" (x is not null) in practice.
            var rules = descriptor.GetRulesForMember(member.Key)
                .SelectMany(rule => rule.Components.Select(c => (c.Validator,
                    Conditional: rule.HasCondition || rule.HasAsyncCondition || c.HasCondition || c.HasAsyncCondition)))
                .Where(r => !r.Conditional || r.Validator is not (INotEmptyValidator or INotNullValidator))
                .Select(r => r.Validator)
                .ToList();
            if (property is not OpenApiSchema propertySchema)
            {
                // A reference (an enum or object schema) carries no rules of its own here, but it can be required.
                if (rules.Any(v => v is INotEmptyValidator or INotNullValidator))
                {
                    target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                    target.Required.Add(name);
                }

                continue;
            }

            foreach (var component in rules)
            {
                Describe(target, name, propertySchema, component);
            }
        }
    }

    /// <summary>
    /// A body record <c>UpdateXRequest</c> carries the fields of the command <c>UpdateXCommand</c> (which adds the
    /// route id), so it is described by that command's validator.
    /// </summary>
    private IValidator? ValidatorFor(Type type)
    {
        if (validators.Value.TryGetValue(type, out var validator))
        {
            return validator;
        }

        if (!type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            return null;
        }

        var stem = type.Name[..^"Request".Length];
        var commandName = stem + "Command";
        if (validators.Value.FirstOrDefault(v => v.Key.Name == commandName).Value is { } exact)
        {
            return exact;
        }

        // Otherwise the command the handler sends carries all the body's fields plus route values: TaskRequest and
        // ItemRequest (POST and PUT) → UpdateTaskCommand / UpdateInspectionItemCommand (both commands share their
        // rules), ExecuteRequest → ExecuteDrawCommand, DecisionRequest → DecideAmendmentCommand.
        var fields = type.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return validators.Value
            .Where(v => fields.IsSubsetOf(v.Key.GetProperties().Select(p => p.Name)))
            .OrderByDescending(v => v.Key.Name.EndsWith(commandName, StringComparison.Ordinal))
            .ThenBy(v => v.Key.GetProperties().Length)
            .ThenBy(v => v.Key.Name, StringComparer.Ordinal)
            .Select(v => v.Value)
            .FirstOrDefault();
    }

    private static void Describe(OpenApiSchema parent, string name, OpenApiSchema property, IPropertyValidator component)
    {
        switch (component)
        {
            case INotEmptyValidator or INotNullValidator:
                parent.Required ??= new HashSet<string>(StringComparer.Ordinal);
                parent.Required.Add(name);
                property.Type &= ~JsonSchemaType.Null;
                if (component is INotEmptyValidator && property.Type == JsonSchemaType.String)
                {
                    property.MinLength ??= 1;
                }

                break;
            case ILengthValidator length:
                if (length.Max > 0)
                {
                    property.MaxLength = length.Max;
                }

                if (length.Min > 0)
                {
                    property.MinLength = length.Min;
                }

                break;
            case IRegularExpressionValidator regex:
                property.Pattern = regex.Expression;
                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to }:
                property.Minimum = Number(from);
                property.Maximum = Number(to);
                break;
            case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual, ValueToCompare: IConvertible min }:
                property.Minimum = Number(min);
                break;
        }
    }

    private static string Number(IConvertible value) =>
        JsonValue.Create(value.ToDecimal(System.Globalization.CultureInfo.InvariantCulture)).ToJsonString();

    private static Type? FindValidatedType(Type validatorType)
    {
        for (var t = validatorType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
