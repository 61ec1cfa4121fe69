using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Demo;

/// <summary>"Try the demo": a fresh demo account in the current language, signed in at once.</summary>
public sealed class DemoModel(DemoWorkspace demo, SignInManager<AliadoUser> signIn, IConfiguration configuration, IHostEnvironment environment, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Demo__Enabled when set; otherwise on everywhere but Production, where strangers must not fill the database.</summary>
    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment) =>
        bool.TryParse(configuration["Demo:Enabled"], out var enabled) ? enabled : !environment.IsProduction();

    public IActionResult OnGet() => Enabled(configuration, environment) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enabled(configuration, environment))
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
