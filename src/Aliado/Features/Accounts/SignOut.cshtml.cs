using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Accounts;

/// <summary>
/// Signing out ends every session of the account, not only this browser's: the security stamp changes,
/// and each request checks it, so a copied cookie stops working at once.
/// </summary>
public sealed class SignOutModel(SignInManager<AliadoUser> signIn, UserManager<AliadoUser> users, Workspaces.SecurityLog log) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await log.RecordAsync(user.PersonalWorkspaceId, Workspaces.SecurityLog.SignOut, user.Email, user.Id);
        }
        await signIn.SignOutAsync();
        Response.Cookies.Delete(WorkspaceResolution.ChosenWorkspaceCookie);
        return LocalRedirect("/");
    }
}
