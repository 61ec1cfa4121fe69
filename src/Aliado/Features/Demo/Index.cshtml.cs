using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Demo;

/// <summary>"Try the demo": a fresh demo account in the current language, signed in at once.</summary>
public sealed class DemoModel(DemoWorkspace demo, SignInManager<AliadoUser> signIn, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public static bool Enabled(IConfiguration configuration) =>
        !string.Equals(configuration["Demo:Enabled"], "false", StringComparison.OrdinalIgnoreCase);

    public IActionResult OnGet() => Enabled(configuration) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enabled(configuration))
        {
            return NotFound();
        }
        var (created, _) = await demo.CreateAsync(Platform.Localization.Current, cancellationToken: cancellationToken);
        if (created is null)
        {
            return StatusCode(StatusCodes.Status500InternalServerError);
        }
        await signIn.SignInAsync(created.User, isPersistent: false);
        TempData["Flash"] = localizer["demo.welcome"].Value;
        return LocalRedirect("/");
    }
}
