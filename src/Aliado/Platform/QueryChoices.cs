using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Aliado.Platform;

/// <summary>
/// A query parameter that names one of an enum's values in kebab case ("not-enough-known"). Query strings
/// stay text so that a misspelt value is answered with the field's "one of …" message; this mark lets the
/// OpenAPI document list the choices, as it does for the same enums in bodies.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ChoicesAttribute<TEnum> : Attribute, IChoices where TEnum : struct, Enum
{
    public IReadOnlyList<string> Names => Core.KebabCase.Names<TEnum>();
}

public interface IChoices
{
    IReadOnlyList<string> Names { get; }
}

/// <summary>Writes the choices of every <see cref="ChoicesAttribute{TEnum}"/> query parameter into the document.</summary>
public sealed class QueryChoicesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var choices = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo
                .GetCustomAttributes(inherit: false).OfType<IChoices>().FirstOrDefault();
            if (choices is null || operation.Parameters?.FirstOrDefault(p => p.Name == description.Name) is not OpenApiParameter parameter)
            {
                continue;
            }
            parameter.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. choices.Names.Select(name => (JsonNode)JsonValue.Create(name))],
            };
        }
        return Task.CompletedTask;
    }
}
