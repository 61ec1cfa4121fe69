using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Workspaces;

/// <summary>The workspace's security log, for its owner.</summary>
public sealed class SecurityModel(AliadoDbContext db, CurrentWorkspace workspace) : PageModel
{
    public PagedList<SecurityEventDto> Events { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public Pager Pager => new("/workspace/security", Events.Page, Events.TotalPages, null);

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        if (!workspace.CanManageMembers)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Events = await SecurityLog.ReadAsync(db, PageRequest.From(page, null), cancellationToken);
        return Page();
    }
}
