using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Shared;

/// <summary>
/// A use case's outcome as a page shows it, written once (the API's twin is <see cref="Problems.Answer"/>):
/// done goes where <c>done</c> says; a refused field gets its message next to it, under the form's
/// <c>prefix</c>; a refusal of the whole form goes to the form's error summary; missing is 404. Null means
/// "show the form again" — also when the save arrived stale (no outcome), whose reason the page already holds.
/// </summary>
public static class PageOutcomes
{
    public static async Task<IActionResult?> ShowAsync<T>(this PageModel page, Outcome<T>? outcome, IStringLocalizer localizer, string prefix, Func<T, Task<IActionResult>> done)
    {
        switch (outcome)
        {
            case null:
                return null;
            case Outcome<T>.Done value:
                return await done(value.Value);
            case Outcome<T>.Invalid invalid:
                page.ModelState.AddFieldErrors(invalid.Errors, localizer, prefix);
                return null;
            case Outcome<T>.Unusable unusable:
                page.ModelState.AddFieldErrors(unusable.Errors, localizer, prefix);
                return null;
            case Outcome<T>.Refused refused:
                page.ModelState.AddModelError(prefix, localizer[refused.MessageKey, refused.Arguments]);
                return null;
            default:
                return new NotFoundResult();
        }
    }

    public static Task<IActionResult?> ShowAsync<T>(this PageModel page, Outcome<T>? outcome, IStringLocalizer localizer, string prefix, Func<T, IActionResult> done) =>
        page.ShowAsync(outcome, localizer, prefix, value => Task.FromResult(done(value)));

    /// <summary>Sets the sentence the next page shows (after a redirect) and goes back to this page.</summary>
    public static IActionResult Flash(this PageModel page, string message)
    {
        page.TempData["Flash"] = message;
        return page.RedirectToPage();
    }

    /// <summary>Sets the sentence the next page shows (after a redirect) and goes there.</summary>
    public static IActionResult Flash(this PageModel page, string message, string url)
    {
        page.TempData["Flash"] = message;
        return new RedirectResult(url);
    }
}
