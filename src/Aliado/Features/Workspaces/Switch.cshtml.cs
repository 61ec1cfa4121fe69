using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Workspaces;

/// <summary>Opens another workspace the account belongs to; the choice is remembered in a cookie.</summary>
public sealed class SwitchModel(CurrentWorkspace workspace) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(Guid workspaceId)
    {
        if (workspace.Available.All(m => m.WorkspaceId != workspaceId))
        {
            return NotFound();
        }
        Response.Cookies.Append(WorkspaceResolution.ChosenWorkspaceCookie, workspaceId.ToString(),
            new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Expires = DateTimeOffset.UtcNow.AddYears(1) });
        return LocalRedirect("/");
    }
}
