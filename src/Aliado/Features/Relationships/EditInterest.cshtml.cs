using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class EditInterestModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public InterestForm Input { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public bool ForClient { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await Db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return NotFound();
        }
        (RelationshipId, ForClient, Input) = (interest.RelationshipId, interest.Holder == InterestHolder.Client, InterestForm.From(interest));
        await LoadVersionAsync<Interest>(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await Db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return NotFound();
        }
        (RelationshipId, ForClient) = (interest.RelationshipId, interest.Holder == InterestHolder.Client);
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => CaseEntries.UpdateInterestAsync(Db, id, Input.ToDraft(interest.Holder), cancellationToken), cancellationToken);
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
