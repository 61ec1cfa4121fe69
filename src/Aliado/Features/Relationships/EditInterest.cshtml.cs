using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class EditInterestModel(AliadoDbContext db, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InterestForm Input { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public bool ForClient { get; private set; }

    /// <summary>The version the form was loaded at, so a save never silently overwrites someone else's.</summary>
    [BindProperty]
    public long? Version { get; set; }

    /// <summary>What others saved while this form was open, when a save arrived stale.</summary>
    public IReadOnlyList<History.ChangeDto>? Meanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return NotFound();
        }
        (RelationshipId, ForClient, Input) = (interest.RelationshipId, interest.Holder == InterestHolder.Client, InterestForm.From(interest));
        Version = await RecordVersions.FindAsync(db, typeof(Interest), id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return NotFound();
        }
        (RelationshipId, ForClient) = (interest.RelationshipId, interest.Holder == InterestHolder.Client);
        if (ModelState.IsValid)
        {
            var (outcome, meanwhile, current) = await StaleForm.SaveAsync(db, scope, id, Version, () => CaseEntries.UpdateInterestAsync(db, id, Input.ToDraft(interest.Holder), cancellationToken), cancellationToken);
            if (meanwhile is not null)
            {
                (Meanwhile, Version) = (meanwhile, current);
                ModelState.Remove(nameof(Version));
            }
            switch (outcome)
            {
                case null:
                    break;
                case Outcome<InterestDto>.Done:
                    TempData["Flash"] = localizer["relationship.saved"].Value;
                    return Redirect($"/relationships/{RelationshipId}#{(ForClient ? "step-2" : "step-3")}");
                case Outcome<InterestDto>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer);
                    break;
                default:
                    return NotFound();
            }
        }
        return Page();
    }
}
