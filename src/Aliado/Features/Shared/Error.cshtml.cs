using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Shared;

public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    /// <summary>
    /// The status comes from the route ("/error/404") or the re-execution, never from model binding: a
    /// re-executed request still carries the failed request's form, which must not be read again.
    /// </summary>
    public void OnGet()
    {
        var status = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code
            : HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? 500;
        // A save that collides with what is saved (a duplicate, a stale write) is the user's to resolve, not a bug.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            status = StatusCodes.Status409Conflict;
        }
        // A bare 503 here is the request queue turning one away (storage faults write their own page).
        var known = status switch
        {
            400 or 403 or 404 or 409 or 429 => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            503 => "busy",
            _ => "500",
        };
        Heading = localizer[$"error.page.{known}.heading"];
        Explanation = localizer[$"error.page.{known}.text"];
        Response.StatusCode = status;
    }
}
