using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Ties;

public sealed class DeleteModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public TieDto? Tie { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!workspace.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Tie = await Circle.ByIdAsync(db, id, cancellationToken);
        return Tie is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!workspace.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var tie = await Circle.ByIdAsync(db, id, cancellationToken);
        if (tie is null || !await Circle.RemoveAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["tie.removed"].Value;
        return Redirect($"/people/{tie.PersonId}");
    }
}
