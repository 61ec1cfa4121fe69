using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Accounts;

public sealed class SignOutModel(SignInManager<AliadoUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Response.Cookies.Delete(WorkspaceResolution.ChosenWorkspaceCookie);
        return LocalRedirect("/");
    }
}
