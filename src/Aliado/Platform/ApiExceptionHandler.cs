using System.Text.Json;
using Aliado.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Aliado.Platform;

/// <summary>
/// Turns what a client can get wrong (unreadable JSON, a value of the wrong type, a write that collides
/// with saved data) into localized problem details instead of a 500.
/// </summary>
public sealed partial class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> localizer,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    Features.Health.StorageFaultMemory faults,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!AliadoWeb.IsApi(httpContext))
        {
            return false;
        }
        var problem = exception switch
        {
            _ when Data.StorageFaults.IsStorageFault(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = localizer["problem.storage"],
                Detail = localizer["problem.storage.detail"],
            },
            BadHttpRequestException bad => BadRequest(bad, httpContext),
            DbUpdateException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = localizer["problem.conflict"],
                Detail = localizer["problem.conflict.saved-data"],
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        // Handled here, so the exception middleware stays silent: the log line is ours to write.
        switch (problem.Status)
        {
            case StatusCodes.Status503ServiceUnavailable:
                StorageFault(logger, httpContext.Request.Method, exception);
                break;
            case StatusCodes.Status409Conflict:
                SaveCollided(logger, httpContext.Request.Method, exception);
                break;
        }
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            faults.Record();
            httpContext.Response.Headers.RetryAfter = "30";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private ProblemDetails BadRequest(BadHttpRequestException exception, HttpContext httpContext)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails { Status = exception.StatusCode, Title = localizer["problem.unsupported-media-type"] };
        }
        var unreadable = exception.InnerException as JsonException;
        var field = FieldFromJsonPath(unreadable?.Path);
        var problem = new ValidationProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer["problem.validation"],
            Detail = unreadable is null ? localizer["problem.bad-request"] : localizer["problem.bad-json"],
        };
        if (field is not null)
        {
            var error = ChoicesOf(httpContext, field) is { } choices
                ? new FieldError(field, ErrorCodes.OneOf, string.Join(", ", choices))
                : new FieldError(field, "wrong-type");
            problem.Errors[field] = [localizer.Describe(error)];
        }
        return problem;
    }

    /// <summary>The choices of a body field that holds an enum, so a misspelt one lists what it can be.</summary>
    private IReadOnlyList<string>? ChoicesOf(HttpContext httpContext, string field)
    {
        // The exception middleware clears the endpoint before handlers run; its feature keeps the one that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var body = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var property = body is null ? null : json.Value.SerializerOptions.GetTypeInfo(body).Properties.FirstOrDefault(p => p.Name == field);
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type is { IsEnum: true } ? KebabCase.Names(type) : null;
    }

    /// <summary>"$.power" → "power"; "$.roles[2]" → "roles"; "$" or nothing → null.</summary>
    internal static string? FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var cut = trimmed.IndexOfAny(['.', '[']);
        var field = cut >= 0 ? trimmed[..cut] : trimmed;
        return field.Length == 0 ? null : field;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Storage fault during an API {Method}: answered 503")]
    private static partial void StorageFault(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "A save during an API {Method} collided with saved data: answered 409")]
    private static partial void SaveCollided(ILogger logger, string method, Exception exception);
}
