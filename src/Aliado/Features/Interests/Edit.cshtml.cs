using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Interests;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public InterestForm Input { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public bool ForClient { get; private set; }

    public string Description { get; private set; } = string.Empty;

    /// <summary>What goes to the trash with the interest, so the delete button says so first.</summary>
    public string Contents { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await Db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return NotFound();
        }
        (RelationshipId, ForClient, Input) = (interest.RelationshipId, interest.Holder == InterestHolder.Client, InterestForm.From(interest));
        await LoadVersionAsync<Interest>(id, cancellationToken);
        await LoadContentsAsync(interest, cancellationToken);
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
        await LoadContentsAsync(interest, cancellationToken);
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => CaseEntries.UpdateInterestAsync(Db, id, Input.ToDraft(interest.Holder), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Input), async saved => this.Flash(await said.AfterAsync(RelationshipId, saved, changed: true), $"/relationships/{RelationshipId}#{(ForClient ? "step-2" : "step-3")}")) is { } shown)
            {
                return shown;
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var interest = await Db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null || !await CaseEntries.RemoveInterestAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{interest.RelationshipId}#{(interest.Holder == InterestHolder.Client ? "step-2" : "step-3")}");
    }

    private async Task LoadContentsAsync(Interest interest, CancellationToken cancellationToken)
    {
        var id = interest.Id;
        Description = interest.Description;
        Contents = DeletionContents.Name(
            localizer,
            ("count.coincidences", await Db.Coincidences.CountAsync(c => c.ProviderInterestId == id || c.ClientInterestId == id, cancellationToken)),
            ("links.offerings", await Db.OfferingServes.CountAsync(s => s.InterestId == id, cancellationToken)),
            ("links.conversations", await Db.InteractionInterests.CountAsync(r => r.InterestId == id, cancellationToken)),
            ("links.proposals", await Db.Set<Core.Running.ProposalInterest>().CountAsync(l => l.InterestId == id, cancellationToken)));
    }
}
