using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Shared;

public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int? code)
    {
        var status = code ?? 500;
        var known = status is 400 or 403 or 404 ? status : 500;
        Heading = localizer[$"error.page.{known}.heading"];
        Explanation = localizer[$"error.page.{known}.text"];
        Response.StatusCode = status;
    }
}
