using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.CheckIns;

/// <summary>Makes a check-in link and shows it once on the relationship page, to copy into a message to the client.</summary>
[EditorsOnlyPage]
public sealed class MakeModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/relationships/{id}#step-8");

    public async Task<IActionResult> OnPostAsync(Guid id, string? checkInCulture, CancellationToken cancellationToken)
    {
        var made = await CheckIns.CreateAsync(db, workspace, clock, id, new CheckInRequest(Localization.Normalize(checkInCulture)), Calendar.CalendarFeeds.BaseAddress(HttpContext), cancellationToken);
        if (made is not Outcome<CheckInLinkDto>.Done done)
        {
            return NotFound();
        }
        TempData["CheckInUrl"] = done.Value.Url.ToString();
        TempData["CheckInExpiresAt"] = done.Value.ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return Redirect($"/relationships/{id}#step-8");
    }
}
