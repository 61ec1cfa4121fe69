using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.CommonGround;

[EditorsOnlyPage]
public sealed class EditOfferingModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    /// <summary>Named like the relationship page's form, so the shared fields post as "Offering.*".</summary>
    [BindProperty]
    public OfferingForm Offering { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public IReadOnlyList<Interest> ClientInterests { get; private set; } = [];

    public string Description { get; private set; } = string.Empty;

    /// <summary>What goes to the trash with the offering, so the delete button says so first.</summary>
    public string Contents { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var offering = await Db.Offerings.AsNoTracking().Include(o => o.Serves).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }
        Offering = OfferingForm.From(offering);
        await LoadVersionAsync<Offering>(id, cancellationToken);
        await LoadAsync(offering.RelationshipId, cancellationToken);
        await LoadContentsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Offerings.Where(o => o.Id == id).Select(o => (Guid?)o.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => CaseEntries.UpdateOfferingAsync(Db, id, Offering.ToDraft(), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Offering), async saved => this.Flash(await said.AfterAsync(relationshipId.Value, saved, changed: true), $"/relationships/{relationshipId}#step-4")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(relationshipId.Value, cancellationToken);
        await LoadContentsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Offerings.Where(o => o.Id == id).Select(o => (Guid?)o.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null || !await CaseEntries.RemoveOfferingAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{relationshipId}#step-4");
    }

    private async Task LoadAsync(Guid relationshipId, CancellationToken cancellationToken)
    {
        RelationshipId = relationshipId;
        ClientInterests = await Db.Interests.AsNoTracking()
            .Where(i => i.RelationshipId == relationshipId && i.Holder == InterestHolder.Client)
            .OrderByDescending(i => i.Importance).ToListAsync(cancellationToken);
    }

    private async Task LoadContentsAsync(Guid id, CancellationToken cancellationToken)
    {
        Description = await Db.Offerings.Where(o => o.Id == id).Select(o => o.Description).FirstAsync(cancellationToken);
        Contents = DeletionContents.Name(
            localizer,
            ("links.interests", await Db.OfferingServes.CountAsync(s => s.OfferingId == id, cancellationToken)),
            ("links.proposals", await Db.Set<Core.Running.ProposalOffering>().CountAsync(l => l.OfferingId == id, cancellationToken)));
    }
}
