using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class DeleteModel(AliadoDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RelationshipDto? Relationship { get; private set; }

    /// <summary>Everything that goes with the relationship, counted, so the confirmation names it all.</summary>
    public string Contents { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Relationship = await Relationships.ByIdAsync(db, clock, id, cancellationToken);
        if (Relationship is null)
        {
            return NotFound();
        }
        var counts = new (string Key, int Count)[]
        {
            ("count.interests", await db.Interests.CountAsync(i => i.RelationshipId == id, cancellationToken)),
            ("count.offerings", await db.Offerings.CountAsync(o => o.RelationshipId == id, cancellationToken)),
            ("count.coincidences", await db.Coincidences.CountAsync(c => c.RelationshipId == id, cancellationToken)),
            ("count.conversations", await db.Interactions.CountAsync(i => i.RelationshipId == id, cancellationToken)),
            ("count.proposals", await db.Proposals.CountAsync(p => p.RelationshipId == id, cancellationToken)),
            ("count.pulses", await db.Pulses.CountAsync(p => p.RelationshipId == id, cancellationToken)),
            ("count.check-ins", await db.CheckIns.CountAsync(c => c.RelationshipId == id, cancellationToken)),
        };
        var named = DeletionContents.Name(localizer, counts);
        Contents = named.Length == 0 ? localizer["relationships.delete-nothing-recorded"] : named;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Relationships.DeleteAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["relationships.deleted"].Value;
        return Redirect("/relationships");
    }
}
