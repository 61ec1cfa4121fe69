using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Aliado.Platform;

/// <summary>Tells OpenAPI readers that the API takes a personal token as a Bearer credential.</summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Aliado API";
        document.Info.Description = "Relationship strategy for people who serve a client. Authenticate with a personal token: Authorization: Bearer <token>.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal token created on the account page or with `aliado token create EMAIL`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
