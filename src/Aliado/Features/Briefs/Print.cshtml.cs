using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Briefs;

/// <summary>The brief as one printed page: no navigation, no forms.</summary>
public sealed class PrintModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public BriefDto? Brief { get; private set; }

    public BriefText? Text { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Brief = await Briefs.Brief.ReadAsync(db, workspace, clock, localizer, id, cancellationToken);
        if (Brief is null)
        {
            return NotFound();
        }
        Text = new BriefText(Brief, localizer, time);
        return Page();
    }
}
