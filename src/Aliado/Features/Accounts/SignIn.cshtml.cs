using Aliado.Core;
using Aliado.Data;
using Aliado.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

public sealed class SignInModel(SignInManager<AliadoUser> signIn, UserManager<AliadoUser> users, IPasswordHasher<AliadoUser> hasher, Workspaces.SecurityLog log, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A hash of nothing anyone knows, checked when the account does not exist so both answers take as long.</summary>
    private static readonly Lazy<string> _decoy = new(() => new PasswordHasher<AliadoUser>().HashPassword(new AliadoUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(new Check().Required("email", Input.Email).Email("email", Input.Email).Required("password", Input.Password).Errors, localizer);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            // Same work as a wrong password, so the time taken does not tell whether the account exists.
            hasher.VerifyHashedPassword(new AliadoUser(), _decoy.Value, Input.Password!);
        }
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (user is not null)
        {
            var kind = result.Succeeded ? Workspaces.SecurityLog.SignIn : result.IsLockedOut ? Workspaces.SecurityLog.LockedOut : Workspaces.SecurityLog.SignInFailed;
            await log.RecordSignInAsync(user.PersonalWorkspaceId, kind, user.Email!, user.Id, result.Succeeded);
        }
        else
        {
            log.UnknownAccountSignInFailed();
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, localizer["signin.locked"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer["signin.failed"]);
            return Page();
        }
        if (user!.PreferredCulture is { } culture)
        {
            Platform.Localization.Remember(Response, culture);
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}
