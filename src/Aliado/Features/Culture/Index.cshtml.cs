using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Culture;

/// <summary>Switches the UI language, remembers it in a cookie and, when signed in, on the account.</summary>
public sealed class CultureModel(UserManager<AliadoUser> users) : PageModel
{
    /// <summary>The header's EN · ES links: a plain link, so switching works without a form or script.</summary>
    public Task<IActionResult> OnGetAsync(string? culture, string? returnUrl) =>
        culture is null ? Task.FromResult<IActionResult>(LocalRedirect("/")) : OnPostAsync(culture, returnUrl);

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = Platform.Localization.Normalize(culture);
        Platform.Localization.Remember(Response, chosen);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredCulture != chosen)
        {
            user.PreferredCulture = chosen;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
