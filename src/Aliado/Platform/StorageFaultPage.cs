using System.Net;
using Aliado.Data;
using Aliado.Features.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>
/// A page request that meets a failing store gets a 503 page written here, without the database: the
/// usual error page would sign the user in and read their workspace again, and fail the same way.
/// </summary>
public sealed partial class StorageFaultPage(IStringLocalizer<SharedResource> localizer, StorageFaultMemory faults, ILogger<StorageFaultPage> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (AliadoWeb.IsApi(httpContext) || !StorageFaults.IsStorageFault(exception))
        {
            return false;
        }
        faults.Record();
        StorageFault(logger, httpContext.Request.Method, exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "30";
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        string Text(string key) => WebUtility.HtmlEncode(localizer[key]);
        var language = Localization.Current;
        await httpContext.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Text("error.page.title")}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>{Text("error.page.503.heading")}</h1><p>{Text("error.page.503.text")}</p><p><a href="/">{Text("error.page.home")}</a></p></main></body>
            </html>
            """, cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Storage fault during a page {Method}: answered 503")]
    private static partial void StorageFault(ILogger logger, string method, Exception exception);
}
