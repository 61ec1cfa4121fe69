using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Aliado.Platform;

/// <summary>
/// What every API endpoint declares, written once for the /api/v1 group after each endpoint's own
/// conventions ran: an operation id made from its method and route (<c>GET /people/{id}</c> →
/// <c>GetPeopleById</c>), and the problem answers the platform can give it — 401 and 403 (the access
/// policies), 429 (rate limits), 503 (storage), 404 where the route names something, 400, 409 and 422
/// for writes, and 412 for writes that check a version.
/// </summary>
public static class ApiConventions
{
    private static readonly string[] _problemJson = ["application/problem+json"];

    public static RouteGroupBuilder WithApiConventions(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(Declare);
        return api;
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route)
        {
            return;
        }
        var method = endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods is [var first, ..] ? first : "GET";
        if (!endpoint.Metadata.OfType<IEndpointNameMetadata>().Any())
        {
            var name = OperationName(method, route.RoutePattern);
            endpoint.Metadata.Add(new EndpointNameMetadata(name));
            endpoint.Metadata.Add(new RouteNameMetadata(name));
        }

        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
        void Problem(int status)
        {
            if (declared.Add(status))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), _problemJson));
            }
        }

        if (!endpoint.Metadata.OfType<IAllowAnonymous>().Any())
        {
            Problem(StatusCodes.Status401Unauthorized);
            Problem(StatusCodes.Status403Forbidden);
        }
        Problem(StatusCodes.Status429TooManyRequests);
        Problem(StatusCodes.Status503ServiceUnavailable);
        if (route.RoutePattern.Parameters.Count > 0)
        {
            Problem(StatusCodes.Status404NotFound);
        }
        if (method is "GET" or "HEAD")
        {
            return;
        }
        if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any())
        {
            Problem(StatusCodes.Status400BadRequest);
            Problem(StatusCodes.Status422UnprocessableEntity);
        }
        Problem(StatusCodes.Status409Conflict);
        if (endpoint.Metadata.OfType<VersionedRoutes.ChecksVersion>().Any())
        {
            Problem(StatusCodes.Status412PreconditionFailed);
        }
    }

    /// <summary>"POST", "/api/v1/relationships/{id:guid}/verdict/accept" → "PostRelationshipsByIdVerdictAccept".</summary>
    internal static string OperationName(string method, RoutePattern pattern)
    {
        var name = new StringBuilder(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(method.ToLowerInvariant()));
        foreach (var segment in pattern.PathSegments.Skip(2))
        {
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternParameterPart parameter:
                        name.Append("By").Append(Pascal(parameter.Name));
                        break;
                    case RoutePatternLiteralPart literal:
                        name.Append(Pascal(literal.Content));
                        break;
                    case RoutePatternSeparatorPart:
                        break;
                }
            }
        }
        return name.ToString();
    }

    private static string Pascal(string words) =>
        string.Concat(words.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
