using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Ties;

[EditorsOnlyPage]
public sealed class DeleteModel(AliadoDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public TieDto? Tie { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Tie = await Circle.ByIdAsync(db, id, cancellationToken);
        return Tie is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var tie = await Circle.ByIdAsync(db, id, cancellationToken);
        if (tie is null || !await Circle.RemoveAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["tie.removed"].Value;
        return Redirect($"/people/{tie.PersonId}");
    }
}
