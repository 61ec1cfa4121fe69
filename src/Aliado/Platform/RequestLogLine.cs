using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpLogging;

namespace Aliado.Platform;

/// <summary>
/// One log line per request, with the platform's HTTP logging: method, status and duration, plus the
/// route template (never the path, which can hold a check-in or feed secret, nor the query, which can
/// hold a search), a hash of the account id, the workspace id and the trace id. Static files that were
/// served are left out.
/// </summary>
public sealed class RequestLogLine : IHttpLoggingInterceptor
{
    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<RequestLogLine>();
    }

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        var http = logContext.HttpContext;
        // An error page re-executed for a failed request names the request's own route, not "/error/{code}".
        var endpoint = http.Features.Get<IExceptionHandlerPathFeature>() is { } failed ? failed.Endpoint
            : http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted ? reExecuted.Endpoint
            : http.GetEndpoint();
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        if (route is null && http.Response.StatusCode < 400)
        {
            logContext.LoggingFields = HttpLoggingFields.None;
            return ValueTask.CompletedTask;
        }
        logContext.AddParameter("Route", route is null ? "(none)" : "/" + route.Trim('/'));
        logContext.AddParameter("UserHash", AccountHash(http.User.FindFirstValue(ClaimTypes.NameIdentifier)));
        var workspace = http.RequestServices.GetService<CurrentWorkspace>();
        logContext.AddParameter("WorkspaceId", workspace is { IsResolved: true } ? workspace.Id.ToString() : "-");
        logContext.AddParameter("TraceId", Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Lets an operator follow one account through the log without the log naming it: the same account
    /// always gives the same 12 characters, and they lead back to no address.
    /// </summary>
    public static string AccountHash(string? userId) =>
        userId is null ? "-" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("aliado-account:" + userId)))[..12];
}
