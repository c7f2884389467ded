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
internal sealed class ValidationSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, IValidator> Validators = typeof(Application.DependencyInjection).Assembly
        .GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && DescribableConstructor(t) is not null)
        .Select(t => (Type: t, Target: FindValidatedType(t)))
        .Where(x => x.Target is not null)
        .Select(x => (x.Target, Validator: Create(x.Type)))
        .Where(x => x.Validator is not null)
        .ToDictionary(x => x.Target!, x => x.Validator!);

    /// <summary>
    /// A validator whose constructor takes services (the database, reference data, the clock) uses them only
    /// inside its rules when a request is validated; declaring the rules needs none, so nulls suffice here.
    /// </summary>
    private static System.Reflection.ConstructorInfo? DescribableConstructor(Type type) =>
        type.GetConstructors() is [var only] && only.GetParameters().All(p => !p.ParameterType.IsValueType) ? only : null;

    /// <summary>A validator that reads a service while declaring its rules (e.g. the password policy) is left undescribed.</summary>
    private static IValidator? Create(Type type)
    {
        try
        {
            return (IValidator)DescribableConstructor(type)!.Invoke(new object?[DescribableConstructor(type)!.GetParameters().Length]);
        }
        catch (System.Reflection.TargetInvocationException)
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
            if (!target.Properties.TryGetValue(name, out var property) || property is not OpenApiSchema propertySchema)
            {
                continue;
            }

            foreach (var (component, _) in member)
            {
                Describe(target, name, propertySchema, component);
            }
        }
    }

    /// <summary>
    /// A body record <c>UpdateXRequest</c> carries the fields of the command <c>UpdateXCommand</c> (which adds the
    /// route id), so it is described by that command's validator.
    /// </summary>
    private static IValidator? ValidatorFor(Type type)
    {
        if (Validators.TryGetValue(type, out var validator))
        {
            return validator;
        }

        if (!type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            return null;
        }

        var commandName = string.Concat(type.Name.AsSpan(0, type.Name.Length - "Request".Length), "Command");
        return Validators.FirstOrDefault(v => v.Key.Name == commandName).Value;
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
